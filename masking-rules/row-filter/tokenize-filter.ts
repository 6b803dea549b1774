/**
 * Tokenizer of the row-filter grammar: bare column names (lower-case ASCII or CJK, as identifierName
 * in dataset-schema.ts), keywords (and or not in is null true false, any case), single-quoted strings
 * with '' escaping, decimal numbers, comparison operators, parentheses and commas. Anything else, such
 * as a semicolon, a double quote, a comment or a function call's operators, is refused with its position.
 */
import { FilterError } from './filter-ast';

export const filterKeywords = ['and', 'or', 'not', 'in', 'is', 'null', 'true', 'false'] as const;
export type FilterKeyword = (typeof filterKeywords)[number];

export type FilterToken =
  | { type: 'identifier'; value: string; position: number }
  | { type: 'keyword'; value: FilterKeyword; position: number }
  | { type: 'string'; value: string; position: number }
  | { type: 'number'; value: number; position: number }
  | { type: 'operator'; value: '=' | '!=' | '<' | '<=' | '>' | '>='; position: number }
  | { type: '(' | ')' | ',' | 'end'; position: number };

/** The longest filter text accepted. */
export const MAX_FILTER_LENGTH = 4000;

const WORD = /[\p{Script=Han}A-Za-z_][\p{Script=Han}A-Za-z0-9_]*/uy;
const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const COLUMN_NAME = /^[\p{Script=Han}a-z_][\p{Script=Han}a-z0-9_]*$/u;
const OPERATORS = ['<=', '>=', '!=', '<>', '=', '<', '>'] as const;

/** Splits filter text into tokens, ending with an `end` token. */
export function tokenizeFilter(text: string): FilterToken[] {
  if (text.length > MAX_FILTER_LENGTH) throw new FilterError(`the filter is longer than ${MAX_FILTER_LENGTH} characters`, MAX_FILTER_LENGTH);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new FilterError('unexpected NUL character', nul);
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) { i += 1; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { tokens.push({ type: ch, position: i }); i += 1; continue; }
    if (ch === "'") { i = readString(text, i, tokens); continue; }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op !== undefined) {
      tokens.push({ type: 'operator', value: op === '<>' ? '!=' : op, position: i });
      i += op.length;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number !== null) { tokens.push(numberToken(number[0], i)); i += number[0].length; continue; }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word !== null) { tokens.push(wordToken(word[0], i)); i += word[0].length; continue; }
    throw new FilterError(`unexpected character ${JSON.stringify(ch)}`, i);
  }
  tokens.push({ type: 'end', position: text.length });
  return tokens;
}

function readString(text: string, start: number, tokens: FilterToken[]): number {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] !== "'") {
        tokens.push({ type: 'string', value, position: start });
        return i + 1;
      }
      value += "'";
      i += 2;
    } else {
      value += text[i];
      i += 1;
    }
  }
  throw new FilterError('unterminated string literal', start);
}

function numberToken(text: string, position: number): FilterToken {
  const value = Number(text);
  const digits = text.replace(/[-.]|[eE].*$/g, '').replace(/^0+/, '');
  if (!Number.isFinite(value) || digits.length > 15) throw new FilterError('number out of range', position);
  return { type: 'number', value, position };
}

function wordToken(word: string, position: number): FilterToken {
  const lower = word.toLowerCase();
  const keyword = filterKeywords.find((k) => k === lower);
  if (keyword !== undefined) return { type: 'keyword', value: keyword, position };
  if (!COLUMN_NAME.test(word) || word.length > 63) {
    throw new FilterError(`${JSON.stringify(word)} is not a column name (lower-case letters, digits, _ or Chinese)`, position);
  }
  return { type: 'identifier', value: word, position };
}
