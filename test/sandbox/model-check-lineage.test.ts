/**
 * Model checks name the column a model really outputs or filters on, when two tables of the
 * sandbox have a column of the same name (`id_number` in residents and in social_insurance):
 * unqualified, qualified, aliased, through a join's USING column, a subquery and a CTE that renames
 * it. Parse trees come from DuckDB itself; the last test submits models to a real sandbox of two
 * datasets and reads the checks the API answers.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { JsonObject } from '../../sandbox/guard/parse-tree';
import { liveModelForm, type TableProfile } from '../../sandbox/disclosure/live-model-form';
import { statementLineage } from '../../sandbox/disclosure/output-lineage';
import { modelChecks } from '../../services/models/model-checks';
import { startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { submitModel, twoDatasetWorld, type TwoDatasetWorld } from '../fixtures/two-dataset-world';

const profiles = new Map<string, TableProfile>([
  ['residents', { subjectKey: 'id_number', sensitive: new Set(['id_number']), personal: new Set(['income']), columns: new Set(['id_number', 'street', 'income']) }],
  ['social_insurance', { subjectKey: 'id_number', sensitive: new Set(['id_number']), personal: new Set(['amount']), columns: new Set(['id_number', 'month', 'amount']) }],
]);

let parser: DuckDBConnection;
beforeAll(async () => {
  parser = await (await DuckDBInstance.create(':memory:')).connect();
});

async function tree(sql: string): Promise<JsonObject> {
  const reader = await parser.runAndReadAll('SELECT json_serialize_sql(CAST($1 AS VARCHAR)) AS j', [sql]);
  return JSON.parse(String(reader.getRowObjectsJS()[0].j)) as JsonObject;
}

const sources = async (sql: string) => statementLineage(await tree(sql), (t) => {
  const columns = profiles.get(t)?.columns;
  return columns && [...columns];
}).outputs.map((o) => [o.name, o.sources.map((s) => `${s.table}.${s.column}`)]);

/** The no_identifier_output check of the model, and the form's refusals. */
async function checked(sql: string): Promise<{ output: string; problems: string[] }> {
  const form = liveModelForm(await tree(sql), profiles);
  const output = modelChecks(form, [], []).find((c) => c.name === 'no_identifier_output')?.message ?? '';
  return { output, problems: form.problems };
}

describe('the lineage of output columns', () => {
  it.each([
    ['unqualified', 'SELECT id_number FROM residents', [['id_number', ['residents.id_number']]]],
    ['unqualified, from the other table', 'SELECT id_number FROM social_insurance', [['id_number', ['social_insurance.id_number']]]],
    ['unqualified, only one joined table has it', 'SELECT month FROM residents r JOIN social_insurance s ON r.id_number = s.id_number', [['month', ['social_insurance.month']]]],
    ['qualified by alias', 'SELECT s.id_number FROM residents r JOIN social_insurance s ON r.id_number = s.id_number', [['id_number', ['social_insurance.id_number']]]],
    ['qualified by table name', 'SELECT residents.id_number FROM residents JOIN social_insurance ON residents.id_number = social_insurance.id_number', [['id_number', ['residents.id_number']]]],
    ['aliased', 'SELECT r.id_number AS person, s.amount AS paid FROM residents r JOIN social_insurance s ON r.id_number = s.id_number', [['person', ['residents.id_number']], ['paid', ['social_insurance.amount']]]],
    ['a USING column is both tables’', 'SELECT id_number FROM residents JOIN social_insurance USING (id_number)', [['id_number', ['residents.id_number', 'social_insurance.id_number']]]],
    ['through a subquery that renames', 'SELECT x.who FROM (SELECT id_number AS who FROM social_insurance) AS x', [['who', ['social_insurance.id_number']]]],
    ['through a CTE that renames', 'WITH paid(pid) AS (SELECT id_number FROM social_insurance) SELECT pid, street FROM paid JOIN residents ON paid.pid = residents.id_number', [['pid', ['social_insurance.id_number']], ['street', ['residents.street']]]],
    ['through a CTE whose select alias renames', 'WITH r AS (SELECT id_number AS person FROM residents) SELECT r.person FROM r', [['person', ['residents.id_number']]]],
    ['a count counts, it does not output', 'SELECT street, count(DISTINCT id_number) AS n FROM residents GROUP BY street', [['street', ['residents.street']], ['n', []]]],
  ])('%s', async (_label, sql, expected) => {
    expect(await sources(sql)).toEqual(expected);
  });

  it('lists the sandbox tables read, not the CTE names', async () => {
    const lineage = statementLineage(await tree('WITH p AS (SELECT id_number FROM social_insurance) SELECT count(*) FROM p JOIN residents USING (id_number)'), () => undefined);
    expect(lineage.tables).toEqual(['social_insurance', 'residents']);
  });
});

describe('model checks name the right table', () => {
  it('SELECT id_number FROM residents outputs residents.id_number, not social_insurance.id_number', async () => {
    const { output } = await checked('SELECT id_number FROM residents');
    expect(output).toContain('residents.id_number');
    expect(output).not.toContain('social_insurance');
  });

  it('a qualified and aliased output names its own table only', async () => {
    const { output } = await checked('SELECT s.id_number AS payer, count(*) AS n FROM residents r JOIN social_insurance s ON r.id_number = s.id_number GROUP BY ALL');
    expect(output).toContain('social_insurance.id_number');
    expect(output).not.toContain('residents.id_number');
  });

  it('a CTE that renames the pseudonym is followed to its table (and refused as a CTE)', async () => {
    const { output, problems } = await checked('WITH paid(pid) AS (SELECT id_number FROM social_insurance) SELECT pid FROM paid');
    expect(output).toContain('social_insurance.id_number');
    expect(output).not.toContain('residents');
    expect(problems.join(' ')).toContain('WITH');
  });

  it('a filter on the other table’s pseudonym is refused under that table’s name', async () => {
    const { problems } = await checked("SELECT count(*) AS n FROM residents r JOIN social_insurance s ON r.id_number = s.id_number WHERE s.id_number = 'p'");
    expect(problems).toEqual([expect.stringMatching(/^identifier or pseudonym column social_insurance\.id_number may only join/)]);
  });

  it('attack: a select alias does not hide a pseudonym from the grouping check', async () => {
    const { problems } = await checked('SELECT id_number AS who, count(*) AS n FROM residents GROUP BY who');
    expect(problems.some((p) => p.startsWith('identifier or pseudonym column residents.id_number'))).toBe(true);
  });

  it('a non-sensitive column that shares no name is not flagged', async () => {
    const { output, problems } = await checked('SELECT month, count(*) AS n FROM residents r JOIN social_insurance s ON r.id_number = s.id_number GROUP BY month');
    expect(problems).toEqual([]);
    expect(output).toBe('no output column is a direct identifier or a pseudonym');
  });
});

describe('in a sandbox of two datasets that both have id_number', () => {
  let t: TestPlatform;
  let w: TwoDatasetWorld;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await twoDatasetWorld(t, 60);
  }, 60_000);
  afterAll(() => t.destroy());

  const identifierCheck = async (sql: string) => {
    const res = await submitModel(t, w, sql);
    expect(res.status).toBe(201);
    return (res.body.checks as { name: string; passed: boolean; message: string }[]).find((c) => c.name === 'no_identifier_output');
  };

  it('names residents.id_number for SELECT id_number FROM residents', async () => {
    const check = await identifierCheck('SELECT id_number FROM residents');
    expect(check).toMatchObject({ passed: false, message: expect.stringContaining('residents.id_number') });
    expect(check?.message).not.toContain('social_insurance');
  });

  it('names social_insurance.id_number for the aliased join output, and only it', async () => {
    const check = await identifierCheck('SELECT s.id_number AS payer FROM residents r JOIN social_insurance s ON r.id_number = s.id_number');
    expect(check?.message).toContain('social_insurance.id_number');
    expect(check?.message).not.toContain('residents.id_number');
  });
});
