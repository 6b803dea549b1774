/**
 * Recursive-descent parser of the row-filter grammar into a FilterNode tree:
 *
 *   filter    := or END
 *   or        := and ('or' and)*
 *   and       := not ('and' not)*
 *   not       := 'not' not | '(' or ')' | predicate
 *   predicate := column ( op (column | literal)
 *                       | 'is' ['not'] 'null'
 *                       | ['not'] 'in' '(' literal (',' literal)* ')' )
 *   literal   := string | number | 'true' | 'false'
 *
 * So `not` binds tighter than `and`, which binds tighter than `or`. A comparison starts with a
 * column. NULL is tested only with `is [not] null`. Depth and list length are capped.
 */
import { FilterError, type FilterColumn, type FilterLiteral, type FilterNode, type FilterOperand } from './filter-ast';
import { tokenizeFilter, type FilterKeyword, type FilterToken } from './tokenize-filter';

export const MAX_FILTER_DEPTH = 40;
export const MAX_IN_LIST = 1000;

/** Parses filter text; throws FilterError with the position of the first problem. */
export function parseFilter(text: string): FilterNode {
  return new FilterParser(tokenizeFilter(text)).parse();
}

class FilterParser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: FilterToken[]) {}

  parse(): FilterNode {
    if (this.peek().type === 'end') throw new FilterError('the filter is empty', 0);
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.type !== 'end') throw new FilterError(`unexpected ${describe(rest)}; expected and, or or the end`, rest.position);
    return node;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.acceptKeyword('or')) left = { type: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseNot();
    while (this.acceptKeyword('and')) left = { type: 'and', left, right: this.parseNot() };
    return left;
  }

  private parseNot(): FilterNode {
    const token = this.peek();
    if (++this.depth > MAX_FILTER_DEPTH) throw new FilterError('the filter is nested too deeply', token.position);
    try {
      if (this.acceptKeyword('not')) return { type: 'not', operand: this.parseNot() };
      if (token.type === '(') {
        this.index += 1;
        const inner = this.parseOr();
        this.expect(')', 'a closing parenthesis');
        return inner;
      }
      return this.parsePredicate();
    } finally {
      this.depth -= 1;
    }
  }

  private parsePredicate(): FilterNode {
    const column = this.parseColumn();
    const token = this.peek();
    if (token.type === 'operator') {
      this.index += 1;
      return { type: 'compare', op: token.value, column, right: this.parseOperand() };
    }
    if (this.acceptKeyword('is')) {
      const negated = this.acceptKeyword('not');
      if (!this.acceptKeyword('null')) throw this.unexpected('null');
      return { type: 'is_null', column, negated };
    }
    const negated = this.acceptKeyword('not');
    if (this.acceptKeyword('in')) return { type: 'in', column, negated, values: this.parseList() };
    throw this.unexpected(negated ? 'in' : 'a comparison operator, is or in');
  }

  private parseList(): FilterLiteral[] {
    this.expect('(', 'an opening parenthesis');
    const values = [this.parseLiteral()];
    while (this.peek().type === ',') {
      this.index += 1;
      if (values.length >= MAX_IN_LIST) throw new FilterError(`an in list holds at most ${MAX_IN_LIST} values`, this.peek().position);
      values.push(this.parseLiteral());
    }
    this.expect(')', 'a comma or a closing parenthesis');
    return values;
  }

  private parseColumn(): FilterColumn {
    const token = this.peek();
    if (token.type !== 'identifier') throw this.unexpected('a column name');
    this.index += 1;
    return { kind: 'column', name: token.value, position: token.position };
  }

  private parseOperand(): FilterOperand {
    return this.peek().type === 'identifier' ? this.parseColumn() : this.parseLiteral();
  }

  private parseLiteral(): FilterLiteral {
    const token = this.peek();
    this.index += 1;
    if (token.type === 'string') return { kind: 'string', value: token.value, position: token.position };
    if (token.type === 'number') return { kind: 'number', value: token.value, position: token.position };
    if (token.type === 'keyword' && (token.value === 'true' || token.value === 'false')) {
      return { kind: 'boolean', value: token.value === 'true', position: token.position };
    }
    this.index -= 1;
    if (token.type === 'keyword' && token.value === 'null') {
      throw new FilterError('compare with null using "is null" or "is not null"', token.position);
    }
    throw this.unexpected('a string, number, true or false');
  }

  private acceptKeyword(word: FilterKeyword): boolean {
    const token = this.peek();
    if (token.type !== 'keyword' || token.value !== word) return false;
    this.index += 1;
    return true;
  }

  private expect(type: '(' | ')', what: string): void {
    if (this.peek().type !== type) throw this.unexpected(what);
    this.index += 1;
  }

  private peek(): FilterToken {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)];
  }

  private unexpected(expected: string): FilterError {
    const token = this.peek();
    return new FilterError(`expected ${expected} but found ${describe(token)}`, token.position);
  }
}

function describe(token: FilterToken): string {
  switch (token.type) {
    case 'end': return 'the end of the filter';
    case 'identifier': return `column ${token.value}`;
    case 'keyword': return `"${token.value}"`;
    case 'string': return 'a string';
    case 'number': return 'a number';
    case 'operator': return `"${token.value}"`;
    default: return `"${token.type}"`;
  }
}
