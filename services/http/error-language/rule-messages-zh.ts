/**
 * Chinese for the problems the masking rule-set validator reports in `details[].message`: the
 * document (YAML/JSON, its keys), dataset and column schemas, each strategy's parameters and
 * checks, and the row filter (its grammar and its columns). Keyed by English template (see
 * zh-templates.ts); column names and numbers pass as they are.
 */
import { gapBefore } from './zh-placeholders';
import { withDetail } from './zh-specifics';
import type { ZhTemplates } from './zh-templates';

/** `… at position 12` of JSON.parse → （位置 12）; nothing else of the parser's text passes. */
const jsonPosition = (detail: string) => /at position (\d+)/.exec(detail)?.[1];

/** YAML's own words for its most common problems; any other passes as a blanked English detail. */
const YAML_PROBLEMS: Record<string, string> = {
  'Map keys must be unique': '同一层级中存在重复的键',
  'Implicit keys need to be on a single line': '隐式键必须写在同一行',
  'Nested mappings are not allowed in compact mappings': '紧凑映射中不允许嵌套映射',
  'All mapping items must start at the same column': '同一映射的各项必须从同一列开始',
  'All collection items must start at the same column': '同一集合的各项必须从同一列开始',
  'Tabs are not allowed as indentation': '不允许使用制表符缩进',
};

function zhYaml(detail: string): string {
  const at = /^(.*?)(?: at line (\d+), column (\d+))?$/.exec(detail);
  const where = at?.[2] ? `（第 ${at[2]} 行第 ${at[3]} 列）` : '';
  const known = at ? YAML_PROBLEMS[at[1]] : undefined;
  return known ? `规则集不是有效的 YAML：${known}${where}` : withDetail('规则集不是有效的 YAML', detail);
}

export const zhRuleMessages: ZhTemplates = {
  // The document.
  'the rule set is larger than {n} bytes': (n) => `规则集超过 ${n} 字节的上限`,
  'invalid JSON: {text}': (detail) => `规则集不是有效的 JSON${jsonPosition(detail) ? `（位置 ${jsonPosition(detail)}）` : ''}`,
  'invalid YAML: {text}': zhYaml,
  'the rule set is empty': () => '规则集为空',
  'a rule set is one YAML document, not several': () => '规则集只能是一个 YAML 文档，不能包含多个文档',
  'YAML aliases (*name) are not allowed in a rule set': () => '规则集中不允许使用 YAML 别名（*name）',
  'the rule set must be an object with columns': () => '规则集必须是包含 columns 的对象',
  'unknown key {quoted}': (key) => `不支持的键 ${key}`,
  'description must be a string of at most 2000 characters': () => 'description（说明）必须是不超过 2000 个字符的字符串',
  'columns must be an object of column rules': () => 'columns 必须是由各列规则组成的对象',
  'personal/identifier column {id} has no rule': (column) => `个人信息或标识符列 ${column} 未设置脱敏规则`,
  'unknown column {quoted}: dataset {id} has no such column': (column, dataset) => `未知列 ${column}：数据集 ${dataset} 中没有该列`,

  // Dataset and column names (the registered schema).
  'lower-case letters, digits, underscore or Chinese characters; not starting with a digit': () => '只能包含小写字母、数字、下划线或汉字，且不能以数字开头',
  'rowid is reserved: DuckDB uses it for the row number': () => 'rowid 为保留列名（DuckDB 用作行号），请更换列名',

  // Strategies: parameters.
  'must be finite': () => '必须是有限数值',
  'must not contain NUL': () => '不能包含 NUL 字符',
  'breaks must be strictly ascending': () => '分段点（breaks）必须严格递增',
  'give either width or breaks': () => 'width 与 breaks 须且只能指定其一',
  'give min and/or max': () => '须指定 min、max 或两者',
  'min must not exceed max': () => 'min 不得大于 max',
  'justification must be at least 10 characters': () => '保留理由（justification）至少需要 10 个字符',
  'char must be exactly one character': () => '遮盖字符（char）必须恰好是一个字符',
  'char must not be a quote, backslash, whitespace or control character': () => '遮盖字符（char）不能是引号、反斜杠、空白字符或控制字符',
  'give either preset or keepPrefix/keepSuffix, not both and not neither': () => 'preset 与 keepPrefix/keepSuffix 须且只能指定其一',
  'prefix must be 1 to 8 letters or digits': () => '前缀（prefix）必须是 1 至 8 个字母或数字',

  // Strategies: checks against the column.
  '{strategy} applies to {types} columns, not {type}': (strategy, types, type) => `${strategy}只适用于 ${types} 类型的列，不适用于 ${type} 类型`,
  'clamp bounds must be integers on a {type} column': (type) => `${type} 类型列的截断（clamp）上下限必须是整数`,
  'keeping a personal/identifier column in clear needs a justification (at least {n} characters)': (n) =>
    `以明文保留个人信息或标识符列，须填写保留理由（justification，至少 ${n} 个字符）`,
  'a justification for keeping a personal/identifier column in clear must be at least {n} characters': (n) => `以明文保留个人信息或标识符列的理由至少需要 ${n} 个字符`,
  'the justification says nothing: write why this column must stay in clear, not filler or a repeated pattern': () =>
    '保留理由没有实际内容：请说明该列为何必须以明文保留，不要填写无意义的文字或重复字符',
  'a string constant cannot redact a {type} column': (type) => `${type} 类型列不能用字符串常量抹除（redact）`,
  'a boolean constant cannot redact a {type} column': (type) => `${type} 类型列不能用布尔常量抹除（redact）`,
  'a number constant cannot redact a {type} column': (type) => `${type} 类型列不能用数值常量抹除（redact）`,
  'the constant does not fit DECIMAL(18,2)': () => '该常量超出 DECIMAL(18,2) 的取值范围',
  'the constant must be an integer that fits {type}': (type) => `该常量必须是 ${type} 取值范围内的整数`,
  'percent must be more than 0 (at least 0.0001)': () => '抽样比例（percent）必须大于 0（至少 0.0001）',
  'percent must be at most 100': () => '抽样比例（percent）不得超过 100',

  // The row filter: every problem ends with its position in the filter text.
  '{msg} at position {n}': (problem, position) => `${problem}（位置 ${position}）`,
  'the filter must not be empty': () => '行过滤条件不能为空',
  'the filter is empty': () => '行过滤条件为空',
  'the filter is longer than {n} characters': (n) => `行过滤条件超过 ${n} 个字符`,
  'the filter is nested too deeply': () => '行过滤条件嵌套层数过多',
  'unexpected NUL character': () => '行过滤条件包含 NUL 字符',
  'unexpected character {quoted}': (ch) => `行过滤条件包含无法识别的字符 ${ch}`,
  'unterminated string literal': () => '字符串未闭合',
  'number out of range': () => '数值超出范围',
  '{quoted} is not a column name (lower-case letters, digits, _ or Chinese)': (word) => `${word} 不是有效的列名（列名只能包含小写字母、数字、_ 或汉字）`,
  'expected {expected} but found {found}': (expected, found) => `此处应为${gapBefore(expected)}，实际为${gapBefore(found)}`,
  'unexpected {found}; expected and, or or the end': (found) => `此处不应出现${gapBefore(found)}，应为 and、or 或条件结束`,
  'compare with null using "is null" or "is not null"': () => '与 null 比较请使用 "is null" 或 "is not null"',
  'an in list holds at most {n} values': (n) => `in 列表最多包含 ${n} 个值`,
  'unknown column {id}': (column) => `未知列 ${column}`,
  'cannot compare {type} column {id} with {type} column {id}': (type, column, otherType, other) => `${type} 类型列 ${column} 不能与 ${otherType} 类型列 ${other} 比较`,
  'a {kind} cannot be compared with {type} column {id}': (kind, type, column) => `${kind}不能与 ${type} 类型列 ${column} 比较`,
  "expected a date 'YYYY-MM-DD' for DATE column {id}": (column) => `DATE 类型列 ${column} 应与 'YYYY-MM-DD' 格式的日期比较`,
  "expected 'YYYY-MM-DD[ HH:MM[:SS]]' for TIMESTAMP column {id}": (column) => `TIMESTAMP 类型列 ${column} 应与 'YYYY-MM-DD[ HH:MM[:SS]]' 格式的时间比较`,
};
