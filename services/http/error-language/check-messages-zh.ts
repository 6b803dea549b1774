/**
 * Chinese for the messages of automatic checks: a model's checks at submission
 * (services/models/model-checks.ts) and a run's disclosure checks (sandbox/disclosure), as the
 * operator and the reviewer read them. Keyed by English template (see zh-templates.ts); the
 * check's name and passed flag never change. Nested lists (`{list}`) are the form's problems and
 * record-level notes (live-form-messages-zh.ts).
 */
import type { ZhTemplates } from './zh-templates';

const UNSAFE = (functions: string) => `使用了 ${functions}，可能返回单个贡献者的取值`;

export const zhCheckMessages: ZhTemplates = {
  // A model at submission.
  'one read-only SELECT using only allowed functions': () => '仅含一条只读 SELECT 语句，且只使用允许的函数',
  'reads only sandbox tables: {ids}': (tables) => `只读取本沙箱中的表：${tables}`,
  'reads only sandbox tables: (none)': () => '只读取本沙箱中的表（未读取任何表）',
  'one SELECT over sandbox tables joined in FROM; identifiers and pseudonyms only join or are counted': () =>
    '为一条 SELECT 语句，只在 FROM 中关联本沙箱的表；标识符和假名只用于关联或计数',
  'runs on the dev twin without error': () => '在开发副本上运行无误',
  '{list}: runs are blocked unless the review grants record-level output': (notes) => `${notes}：除非审查时授予记录级输出许可，否则运行将被拦截`,
  'no output column is a direct identifier or a pseudonym': () => '输出列中没有直接标识符或假名',
  'the query does not aggregate: its rows are records (record-level output needs the review’s grant)': () => '查询未做聚合，输出的每一行都是个体记录（记录级输出须经审查授权）',
  '{list}: record-level output needs the review’s grant': (notes) => `${notes}：记录级输出须经审查授权`,
  'every output is an aggregate or a grouping key': () => '每个输出都是聚合值或分组键',
  "uses {ids}, which can return one contributor's value: runs are blocked unless the review grants unsafe statistics; the cells then face the dominance checks": (functions) =>
    `${UNSAFE(functions)}：除非审查时授予非安全统计许可，否则运行将被拦截；获得许可后，相关单元格仍须通过优势（dominance）检查`,
  'only safe statistics (count, sum, mean, variance, quantiles, …)': () => '只使用安全的统计量（计数、求和、均值、方差、分位数等）',
  "joins {n} datasets ({ids}): aggregation risk (关联汇聚风险) for the reviewer; every table's subjects are counted per row": (n, tables) =>
    `关联了 ${n} 个数据集（${tables}）：存在关联汇聚风险，请审查人员关注；每一行都将分别统计各表的主体数`,
  'reads a single dataset': () => '只读取一个数据集',
  'declared but unused: {ids}': (names) => `以下参数已声明但未使用：${names}`,
  'every declared parameter is used and bound as a prepared-statement parameter': () => '所有已声明的参数均已使用，并以预编译语句参数的方式绑定',

  // A run on live: form and grants.
  'one SELECT over sandbox tables joined in FROM': () => '为一条 SELECT 语句，只在 FROM 中关联本沙箱的表',
  "uses {ids}, which can return one contributor's value: granted by the review; the cells face the dominance checks": (functions) =>
    `${UNSAFE(functions)}：已获审查授权；相关单元格须通过优势（dominance）检查`,
  "uses {ids}, which can return one contributor's value; needs the review’s grant": (functions) => `${UNSAFE(functions)}；须经审查授权`,
  '{list}: record-level output granted by the review': (notes) => `${notes}：记录级输出已获审查授权`,
  '{list}; record-level output needs the review’s grant': (notes) => `${notes}；记录级输出须经审查授权`,
  "output column(s) {text} hold lists, structs or maps (records in disguise); record-level output needs the review's grant": (columns) =>
    `输出列 ${columns} 含有列表、结构体或映射类型（实为个体记录）；记录级输出须经审查授权`,

  // A run on live: thresholds, cells, differencing, suppression.
  'every released row stands for at least {n} distinct subjects of every table that reached it; {n} row(s) suppressed': (k, rows) =>
    `每一条输出行在其涉及的每张表中均至少对应 ${k} 个不同主体；已抑制 ${rows} 行`,
  'contributors ≥ {n}, dominance (2, {n}%), p-ratio {n}%, class disclosure: {n} cell(s) suppressed': (k, dominance, p, cells) =>
    `贡献者不少于 ${k} 个，优势规则（n=2，${dominance}%），p 比例规则（${p}%），类别披露检查：已抑制 ${cells} 个单元格`,
  '{n} cell(s) differ by fewer than {n} subjects from an earlier released cell or another cell, and {n} complete a tracker (released cells inside another that leave fewer than {n}); all were suppressed': (pairs, k, trackers, k2) =>
    `${pairs} 个单元格与此前已放行的单元格或本次输出的其他单元格相差不足 ${k} 个主体，另有 ${trackers} 个单元格会构成追踪器（已放行的单元格包含于另一单元格之内，差集不足 ${k2} 个主体）；以上均已抑制`,
  '{n}% of rows suppressed (limit {n}%)': (share, limit) => `被抑制的行占 ${share}%（上限 ${limit}%）`,

  // A run on live: the scans of its output.
  'values that look like identifiers in column(s) {hits}': (hits) => `以下列中存在疑似标识符的取值：${hits}`,
  'no value looks like an ID number, mobile, credit code or bank card': () => '未发现疑似居民身份证号码、手机号码、统一社会信用代码或银行卡号的取值',
  'output values are pseudonyms or direct identifiers of {ids}': (columns) => `输出取值为 ${columns} 的假名或直接标识符`,
  'record-level output granted by the review': () => '记录级输出已获审查授权',
  'no output value is a pseudonym or direct identifier': () => '输出取值中没有假名或直接标识符',
};
