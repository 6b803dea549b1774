/** The row-filter tokenizer and parser: precedence, in, not, is null, and errors with positions. */
import { FilterError, type FilterNode } from '../../../masking-rules/row-filter/filter-ast';
import { parseFilter } from '../../../masking-rules/row-filter/parse-filter';

/** A compact rendering of the tree, to compare structure. */
function show(node: FilterNode): string {
  switch (node.type) {
    case 'and': case 'or': return `(${show(node.left)} ${node.type} ${show(node.right)})`;
    case 'not': return `(not ${show(node.operand)})`;
    case 'is_null': return `${node.column.name} is${node.negated ? ' not' : ''} null`;
    case 'in': return `${node.column.name}${node.negated ? ' not' : ''} in [${node.values.map((v) => JSON.stringify(v.value)).join(',')}]`;
    case 'compare': return `${node.column.name}${node.op}${node.right.kind === 'column' ? node.right.name : JSON.stringify(node.right.value)}`;
  }
}

function errorOf(text: string): FilterError {
  try {
    parseFilter(text);
  } catch (error) {
    if (error instanceof FilterError) return error;
    throw error;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe('precedence and forms', () => {
  it.each([
    ["a = 1 or b = 2 and c = 3", '(a=1 or (b=2 and c=3))'],
    ["(a = 1 or b = 2) and c = 3", '((a=1 or b=2) and c=3)'],
    ["not a = 1 and b = 2", '((not a=1) and b=2)'],
    ["not (a = 1 and b = 2)", '(not (a=1 and b=2))'],
    ["a = 1 and b = 2 and c = 3", '((a=1 and b=2) and c=3)'],
    ["a = 1 or b = 2 or c = 3", '((a=1 or b=2) or c=3)'],
    ["not not a = 1", '(not (not a=1))'],
    ["status = 'active' AND age >= 18", '(status="active" and age>=18)'],
    ["district in ('光明街道', '公明街道')", 'district in ["光明街道","公明街道"]'],
    ["district not in ('a')", 'district not in ["a"]'],
    ["a is null or b is not null", '(a is null or b is not null)'],
    ["a <> -1.5 and b != 2e3", '(a!=-1.5 and b!=2000)'],
    ["flag = true and x < y", '(flag=true and x<y)'],
    ["name = 'a'' or 1=1 --'", `name="a' or 1=1 --"`],
    ["姓名 = '张三'", '姓名="张三"'],
    ["  a<=1  ", 'a<=1'],
  ])('%s', (text, expected) => {
    expect(show(parseFilter(text))).toBe(expected);
  });
});

describe('errors name the problem and its position', () => {
  it.each([
    ['1=1; drop table t', 3, /unexpected character ";"/],
    ['1=1', 0, /expected a column name/],
    ['a = 1; drop table t', 5, /unexpected character ";"/],
    ['a = 1 -- comment', 6, /unexpected character "-"/],
    ['a = 1 /* c */', 6, /unexpected character "\/"/],
    ['a = "b"', 4, /unexpected character/],
    ["a = 'open", 4, /unterminated string/],
    ['a = null', 4, /is null/],
    ['a == 1', 3, /expected a string, number/],
    ['a = 1 and', 9, /expected a column name but found the end/],
    ['(a = 1', 6, /closing parenthesis/],
    ['a in ()', 6, /expected a string, number/],
    ['a in (1, 2', 10, /comma or a closing parenthesis/],
    ['a is 1', 5, /expected null/],
    ['a not = 1', 6, /expected in/],
    ['a', 1, /comparison operator, is or in/],
    ['lower(a) = 1', 5, /unexpected character|expected a comparison/],
    ['Name = 1', 0, /not a column name/],
    ['a = 1 union select 1', 6, /expected and, or or the end/],
    ['', 0, /empty/],
    ['a = 1e999', 4, /out of range/],
    ['a = 12345678901234567890', 4, /out of range/],
  ])('%j → position %i', (text, position, message) => {
    const error = errorOf(text);
    expect(error.position).toBe(position);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`at position ${position}`);
  });

  it('refuses deep nesting and overlong filters instead of overflowing the stack', () => {
    expect(errorOf(`${'('.repeat(100)}a = 1${')'.repeat(100)}`).message).toMatch(/nested too deeply/);
    expect(errorOf(`${'not '.repeat(100)}a = 1`).message).toMatch(/nested too deeply/);
    expect(errorOf(`a in (${Array.from({ length: 1200 }, () => '1').join(',')})`).message).toMatch(/longer than|at most/);
  });
});
