/**
 * SQL text from and to parse-tree fragments, always through DuckDB's own serializer: an
 * expression tree becomes text by deserialising a one-item SELECT; text built by the platform
 * (around such expressions and quoted identifiers only) becomes select items again by parsing.
 * Nothing an operator wrote is ever spliced as raw text.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { JsonObject } from '../guard/parse-tree';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class SqlFragments {
  private skeleton: JsonObject | null = null;
  private readonly expressions = new Map<string, string>();

  constructor(private readonly db: DuckDBConnection) {}

  /** A whole statement tree as SQL. */
  async statementSql(tree: JsonObject): Promise<string> {
    const rows = (await this.db.runAndReadAll('SELECT json_deserialize_sql($1::JSON) AS sql', [JSON.stringify(tree, stripLocations)])).getRowObjectsJS();
    return String(rows[0].sql);
  }

  /** One expression as SQL text (parenthesised, so that it stays one operand wherever it goes). */
  async expressionSql(expression: Json): Promise<string> {
    const key = JSON.stringify(expression, stripLocations);
    const known = this.expressions.get(key);
    if (known !== undefined) return known;
    const tree = await this.base();
    const node = (tree.statements as JsonObject[])[0].node as JsonObject;
    node.select_list = [{ ...(expression as JsonObject), alias: '' }];
    const sql = await this.statementSql(tree);
    if (!sql.startsWith('SELECT ')) throw new Error('unexpected deserialised expression');
    const text = `(${sql.slice('SELECT '.length)})`;
    this.expressions.set(key, text);
    return text;
  }

  /** The select items of `SELECT <items>` written by the platform. */
  async selectItems(itemsSql: string): Promise<Json[]> {
    const tree = await this.parse(`SELECT ${itemsSql}`);
    return ((tree.statements as JsonObject[])[0].node as JsonObject).select_list as Json[];
  }

  async parse(sql: string): Promise<JsonObject> {
    const rows = (await this.db.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS tree', [sql])).getRowObjectsJS();
    const tree = JSON.parse(String(rows[0].tree)) as JsonObject;
    if (tree.error === true) throw new Error(`platform SQL did not parse: ${String(tree.error_message ?? '')}`);
    return tree;
  }

  private async base(): Promise<JsonObject> {
    this.skeleton ??= await this.parse('SELECT 1');
    return structuredClone(this.skeleton);
  }
}

export function stripLocations(key: string, value: Json): Json {
  return key === 'query_location' ? 0 : value;
}
