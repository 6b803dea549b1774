/**
 * The typed placeholders of the Chinese message templates (zh-templates.ts). Each stands for one
 * specific of the English message: what English text it matches, and what of it may pass into
 * the Chinese sentence. A number, a type or an identifier passes as it is; a word the platform
 * itself writes (a share, a semantic, a strategy, a state) is translated; a nested message is
 * localized in turn. Whatever passes is a substring of the English message or fixed Chinese, so
 * the Chinese never carries a value the English does not. A specific that may not pass (an
 * identifier with spaces, a nested message with no Chinese) makes the template not apply.
 */
import { isSafeSpecific, zhList, zhState } from './zh-specifics';

/** Localizes a nested message; null when it has no Chinese. */
export type Localize = (english: string) => string | null;

export type Placeholder = {
  /** Regex source of the English text it stands for (without capturing groups). */
  pattern: string;
  /** What passes into the Chinese sentence, or null when the template may not apply. */
  zh: (english: string, localize: Localize) => string | null;
};

/** `UUID` → `UUID `, `列名` → `列名`: a space where Latin text meets the Chinese after it. */
export const gapAfter = (text: string) => (/[A-Za-z0-9"')]$/.test(text) ? `${text} ` : text);
/** `null` → ` null`: a space where Chinese meets the Latin text after it. */
export const gapBefore = (text: string) => (/^[A-Za-z0-9"'(]/.test(text) ? ` ${text}` : text);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneOf = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
const dictionary = (words: Readonly<Record<string, string>>): Placeholder => ({ pattern: oneOf(Object.keys(words)), zh: (english) => words[english] ?? null });
const verbatim = (pattern: string): Placeholder => ({ pattern, zh: (english) => english });
/** Free text the English shows (a name the operator chose): one line, bounded. */
const shown: Placeholder = { pattern: '.+?', zh: (english) => (/[\r\n]/.test(english) || english.length > 300 ? null : english) };

const TYPE = '[A-Z][A-Z0-9_]*(?:\\(\\d+,\\d+\\))?';

/** Chinese words for the English words of detection evidence (masking-rules/detection/evidence.ts). */
export const ZH_SHARES: Readonly<Record<string, string>> = {
  all: '全部', 'nearly all': '几乎全部', most: '大部分', 'more than half': '过半', some: '部分', 'a few': '少数', none: '没有',
};
export const ZH_SEMANTIC_LABELS: Readonly<Record<string, string>> = {
  'resident ID number': '居民身份证号码', 'mobile number': '手机号码', 'personal name': '姓名', address: '地址',
  'unified social credit code': '统一社会信用代码', 'bank card number': '银行卡号', 'licence plate': '机动车号牌',
  'e-mail address': '电子邮箱地址', date: '日期', 'birth date': '出生日期', 'region code': '行政区划代码', amount: '金额',
  category: '类别', 'free text': '自由文本',
};
export const ZH_STRATEGIES: Readonly<Record<string, string>> = {
  keep: '保留', drop: '删除', redact: '抹除', mask: '遮盖', pseudonymize: '假名化', generalize: '泛化', noise: '加噪', fake: '仿真替换',
};
/** What the row-filter parser expected (parse-filter.ts `unexpected`/`expect`). */
export const ZH_FILTER_EXPECTED: Readonly<Record<string, string>> = {
  'a column name': '列名', null: 'null', in: 'in', 'a comparison operator, is or in': '比较运算符、is 或 in',
  'an opening parenthesis': '左括号', 'a closing parenthesis': '右括号', 'a comma or a closing parenthesis': '逗号或右括号',
  'a string, number, true or false': '字符串、数值、true 或 false',
};
const FILTER_FOUND: Readonly<Record<string, string>> = { 'the end of the filter': '条件结束', 'a string': '字符串', 'a number': '数值' };
const IDENTIFIER_KINDS: Readonly<Record<string, string>> = { cn_id: '居民身份证号码', cn_mobile: '手机号码', uscc: '统一社会信用代码', bank_card: '银行卡号' };

/** Zod's words (its `en` locale) for types, origins, units, comparisons and formats. */
const ZOD_TYPES: Readonly<Record<string, string>> = {
  string: '字符串', number: '数值', int: '整数', boolean: '布尔值', object: '对象', array: '数组', null: '空值（null）', undefined: '空（未提供）',
  bigint: '大整数', date: '日期', nan: 'NaN', NaN: 'NaN', symbol: '符号', function: '函数', map: '映射', set: '集合', file: '文件', record: '键值对象', value: '取值',
  Infinity: 'Infinity', '-Infinity': '-Infinity', unknown: '未知类型', never: '不允许的值', promise: 'Promise',
};
const ZOD_UNITS: Readonly<Record<string, string>> = { characters: '个字符', bytes: '字节', items: '项', entries: '个条目', elements: '个元素' };
const ZOD_COMPARISONS: Readonly<Record<string, string>> = { 'exactly ': '恰好为', '<=': '不超过', '>=': '不少于', '<': '少于', '>': '多于' };
const ZOD_FORMATS: Readonly<Record<string, string>> = {
  input: '输入', 'email address': '电子邮箱地址', URL: 'URL', emoji: 'emoji', UUID: 'UUID', UUIDv4: 'UUIDv4', UUIDv6: 'UUIDv6', nanoid: 'nanoid',
  GUID: 'GUID', cuid: 'cuid', cuid2: 'cuid2', ULID: 'ULID', XID: 'XID', KSUID: 'KSUID', 'ISO datetime': 'ISO 日期时间', 'ISO date': 'ISO 日期',
  'ISO time': 'ISO 时间', 'ISO duration': 'ISO 时长', 'IPv4 address': 'IPv4 地址', 'IPv6 address': 'IPv6 地址', 'MAC address': 'MAC 地址',
  'IPv4 range': 'IPv4 地址段', 'IPv6 range': 'IPv6 地址段', 'base64-encoded string': 'base64 编码字符串', 'base64url-encoded string': 'base64url 编码字符串',
  'JSON string': 'JSON 字符串', 'E.164 number': 'E.164 号码', 'currency code': '货币代码', 'credit card number': '信用卡号', IBAN: 'IBAN', JWT: 'JWT',
};

/** `generalize to age_band` → 泛化（generalize to age_band）; `mask` → 遮盖（mask）. */
function zhStrategy(english: string): string | null {
  const to = /^generalize to ([a-z_]+)$/.exec(english);
  if (to) return `泛化为 ${to[1]}（generalize to ${to[1]}）`;
  return ZH_STRATEGIES[english] ? `${ZH_STRATEGIES[english]}（${english}）` : null;
}

/** `name (cn_id), mobile (cn_mobile)` → name（居民身份证号码）、mobile（手机号码）. */
function zhIdentifierHits(english: string): string | null {
  const items: string[] = [];
  const item = new RegExp(`(.+?) \\((${oneOf(Object.keys(IDENTIFIER_KINDS))})\\)(?:, |$)`, 'y');
  for (let m = item.exec(english); m; m = item.exec(english)) {
    items.push(`${m[1]}（${IDENTIFIER_KINDS[m[2]]}）`);
    if (item.lastIndex === english.length) return shown.zh(english, () => null) === null ? null : items.join('、');
  }
  return null;
}

/** `cell 0:n:residents:0 of run_1, cell …` → run_1 的单元格 0:n:residents:0、…. */
function zhCells(english: string): string | null {
  const cells = english.split(/, (?=cell )/).map((c) => /^cell (.+) of (\S+)$/.exec(c));
  if (cells.some((c) => c === null || shown.zh(c[1], () => null) === null)) return null;
  return cells.map((c) => `${c![2]} 的单元格 ${c![1]}`).join('、');
}

export const PLACEHOLDERS: Readonly<Record<string, Placeholder>> = {
  /** A number (a count, a limit, a percentage, a position). */
  n: verbatim('-?\\d+(?:\\.\\d+)?'),
  /** An identifier, or a list of them (`a, b`): a column, dataset, table, parameter, function or id. */
  id: { pattern: '.+?', zh: (english) => (isSafeSpecific(english) ? english : null) },
  /** A list of identifiers, in Chinese punctuation. */
  ids: { pattern: '.+?', zh: (english) => (isSafeSpecific(english) ? zhList(english) : null) },
  /** A DuckDB type (`DECIMAL(18,2)`), or several joined by `/`. */
  type: verbatim(TYPE),
  types: { pattern: `${TYPE}(?:/${TYPE})*`, zh: (english) => english.split('/').join('、') },
  /** Text the English shows as it is (a name the operator chose, a library's detail): one line. */
  text: shown,
  /** A JSON-quoted string the English shows (`"foo"`). */
  quoted: verbatim('"(?:[^"\\\\\\r\\n]|\\\\.)*"'),
  /** One nested message, localized. */
  msg: { pattern: '.+?', zh: (english, localize) => localize(english) },
  /** Nested messages joined by `; `, each localized, joined by `；`. */
  list: { pattern: '.+', zh: (english, localize) => localize(english) },
  /** A lifecycle state, or a list of them. */
  state: { pattern: '[a-z_-]+', zh: (english) => zhState(english) },
  states: { pattern: '[a-z_-]+(?:, [a-z_-]+)*', zh: (english) => english.split(', ').map(zhState).join('、') },
  share: dictionary(ZH_SHARES),
  label: dictionary(ZH_SEMANTIC_LABELS),
  strategy: { pattern: '(?:generalize to [a-z_]+|[a-z]+)', zh: zhStrategy },
  /** A row-filter literal's kind. */
  kind: dictionary({ string: '字符串', number: '数值', boolean: '布尔值' }),
  expected: dictionary(ZH_FILTER_EXPECTED),
  found: {
    pattern: '(?:the end of the filter|a string|a number|column [^\\s"]+|"[^"\\r\\n]*")',
    zh: (english) => FILTER_FOUND[english] ?? (english.startsWith('column ') ? `列 ${english.slice(7)}` : english),
  },
  /** An SQL function's name, as in `median()`. */
  fn: verbatim('[a-z_][a-z0-9_]*'),
  /** Where in the query an aggregate sits. */
  place: dictionary({ SELECT: 'SELECT 子句', HAVING: 'HAVING 子句', ORDER: 'ORDER BY 子句' }),
  cells: { pattern: 'cell .+? of \\S+(?:, cell .+? of \\S+)*', zh: zhCells },
  hits: { pattern: '.+', zh: zhIdentifierHits },
  /** Which sandbox limit a statement reached. */
  limit: dictionary({ memory: '内存', cpu: 'CPU 时间', result_size: '结果大小' }),
  ztype: { pattern: '-?[A-Za-z]+', zh: (english) => ZOD_TYPES[english] ?? null },
  zunit: dictionary(ZOD_UNITS),
  zcompare: { pattern: oneOf(Object.keys(ZOD_COMPARISONS)), zh: (english) => ZOD_COMPARISONS[english] ?? null },
  zformat: dictionary(ZOD_FORMATS),
};
