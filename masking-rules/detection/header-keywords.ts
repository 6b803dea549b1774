/**
 * Column-name signals: English, pinyin-initial and Chinese keywords per semantic.
 *
 * A name is normalised to `_token_token_` (camelCase split, lower case, any separator as `_`, a
 * break between Han and Latin characters). English keywords match whole tokens, Chinese keywords
 * match anywhere. When several keywords match, the one that ends last wins (the head noun comes
 * last: 联系人电话 is a phone, birth_date is a birth date), and on a tie the longest one wins.
 */
import type { Semantic } from '../dataset-schema';

type KeywordEntry = { semantic: Semantic; zh: readonly string[]; en: readonly string[] };

const KEYWORDS: readonly KeywordEntry[] = [
  { semantic: 'cn_id', zh: ['身份证', '身份证号', '身份证号码', '公民身份号码', '证件号码', '证件号'],
    en: ['id_card', 'idcard', 'id_number', 'id_no', 'idno', 'resident_id', 'sfzh', 'sfzhm', 'zjhm'] },
  { semantic: 'cn_mobile', zh: ['手机', '手机号', '手机号码', '联系电话', '电话', '电话号码', '联系方式'],
    en: ['mobile', 'phone', 'tel', 'telephone', 'cellphone', 'phone_number', 'mobile_no', 'sjhm', 'lxdh'] },
  { semantic: 'cn_name', zh: ['姓名', '名字', '联系人', '法定代表人', '法人代表'],
    en: ['name', 'full_name', 'person_name', 'xm'] },
  { semantic: 'cn_address', zh: ['地址', '住址', '居住地址', '户籍地址', '注册地址', '家庭住址', '住所'],
    en: ['address', 'addr', 'dz'] },
  { semantic: 'uscc', zh: ['统一社会信用代码', '社会信用代码', '信用代码'], en: ['uscc', 'credit_code', 'tyshxydm'] },
  { semantic: 'bank_card', zh: ['银行卡号', '银行卡', '卡号', '账号', '银行账号'],
    en: ['bank_card', 'card_no', 'card_number', 'bank_account', 'yhkh'] },
  { semantic: 'plate', zh: ['车牌', '车牌号', '车牌号码', '号牌号码'], en: ['plate', 'license_plate', 'plate_no', 'hphm'] },
  { semantic: 'email', zh: ['邮箱', '电子邮件', '电子邮箱', '邮箱地址', '邮件地址', '电子邮件地址'],
    en: ['email', 'e_mail', 'mail', 'email_address'] },
  { semantic: 'birth_date', zh: ['出生日期', '出生年月', '出生时间', '生日'],
    en: ['birth', 'birthday', 'birth_date', 'birthdate', 'date_of_birth', 'dob', 'csrq'] },
  { semantic: 'date', zh: ['日期', '时间'], en: ['date', 'time', 'datetime', 'timestamp'] },
  { semantic: 'region_code', zh: ['区划代码', '行政区划', '行政区划代码'], en: ['region_code', 'division_code', 'xzqh'] },
  { semantic: 'amount', zh: ['金额', '收入', '工资', '缴费', '薪资', '费用'],
    en: ['amount', 'income', 'salary', 'fee', 'wage', 'price'] },
  { semantic: 'category', zh: ['类别', '类型', '状态', '性别', '民族', '婚姻状况'],
    en: ['category', 'type', 'status', 'gender', 'sex', 'kind'] },
  { semantic: 'free_text', zh: ['备注', '说明', '描述'],
    en: ['remark', 'remarks', 'note', 'notes', 'description', 'comment', 'memo'] },
];

/** English tokens that only count when they are the last token (`created_at`). */
const SUFFIX_KEYWORDS: readonly { semantic: Semantic; token: string }[] = [{ semantic: 'date', token: 'at' }];

/** Qualifiers that make an English `name` the name of a thing, not of a person. */
const NON_PERSON_NAME_TOKENS: ReadonlySet<string> = new Set([
  'company', 'corp', 'enterprise', 'org', 'organization', 'product', 'file', 'dataset', 'table', 'column',
  'field', 'dept', 'department', 'unit', 'shop', 'store', 'brand', 'project', 'item', 'goods', 'city',
  'province', 'district', 'county', 'street', 'road', 'place', 'school', 'hospital', 'bank', 'app', 'host',
  'domain', 'event', 'course', 'category', 'type',
]);

/** Category keywords whose values describe a person (gender, ethnicity, marital status). */
const PERSONAL_CATEGORY_KEYWORDS: ReadonlySet<string> = new Set(['性别', '民族', '婚姻状况', 'gender', 'sex']);

/** Tokens that mark a record key or code (`id`, `order_no`, 编号). */
const KEY_TOKENS: ReadonlySet<string> = new Set(['id', 'uid', 'uuid', 'key', 'no', 'seq', 'serial', 'code', 'num', 'number']);
const KEY_ZH: readonly string[] = ['编号', '序号', '代码', '编码', '号码', '标识'];

/** A keyword match on a column name or description. */
export type HeaderHit = { semantic: Semantic; keyword: string; personalCategory: boolean };

/** Normalises a name to `_token_token_` form (see the file comment). */
export function normalizeName(text: string): string {
  const spaced = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/(\p{Script=Han})([a-z0-9])/gu, '$1_$2')
    .replace(/([a-z0-9])(\p{Script=Han})/gu, '$1_$2')
    .replace(/([a-z])(\d)/g, '$1_$2')
    .replace(/(\d)([a-z])/g, '$1_$2')
    .replace(/[^a-z0-9\p{Script=Han}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return `_${spaced}_`;
}

type Match = { semantic: Semantic; keyword: string; end: number; english: boolean };

function better(a: Match | null, b: Match): Match {
  if (a === null || b.end > a.end) return b;
  return b.end === a.end && b.keyword.length > a.keyword.length ? b : a;
}

/** The best keyword match for a column name or description, or null when none matches. */
export function matchHeader(text: string | undefined): HeaderHit | null {
  if (text === undefined || text.trim() === '') return null;
  const norm = normalizeName(text);
  let best: Match | null = null;
  for (const entry of KEYWORDS) {
    for (const kw of entry.zh) {
      const at = norm.lastIndexOf(kw);
      if (at >= 0) best = better(best, { semantic: entry.semantic, keyword: kw, end: at + kw.length, english: false });
    }
    for (const kw of entry.en) {
      const at = norm.lastIndexOf(`_${kw}_`);
      if (at >= 0) best = better(best, { semantic: entry.semantic, keyword: kw, end: at + kw.length + 1, english: true });
    }
  }
  for (const { semantic, token } of SUFFIX_KEYWORDS) {
    if (norm.length > token.length + 2 && norm.endsWith(`_${token}_`)) {
      best = better(best, { semantic, keyword: `_${token}`, end: norm.length - 1, english: true });
    }
  }
  if (best === null) return null;
  if (best.semantic === 'cn_name' && best.english && tokensOf(norm).some((t) => NON_PERSON_NAME_TOKENS.has(t))) return null;
  return { semantic: best.semantic, keyword: best.keyword, personalCategory: PERSONAL_CATEGORY_KEYWORDS.has(best.keyword) };
}

function tokensOf(norm: string): string[] {
  return norm.split('_').filter((t) => t !== '');
}

/** True when a column name looks like a record key or code rather than a measurement. */
export function isKeyLikeName(name: string): boolean {
  const norm = normalizeName(name);
  return tokensOf(norm).some((t) => KEY_TOKENS.has(t)) || KEY_ZH.some((kw) => norm.includes(kw));
}
