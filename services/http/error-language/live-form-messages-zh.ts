/**
 * Chinese for what disclosure control says about one model or one output: the problems of a
 * model's form on live and its record-level notes (sandbox/disclosure/live-model-form.ts, which
 * reach check messages and `details` of `model_refused`), and the reasons a row or cell of an
 * output is held back (sandbox/disclosure/apply-disclosure.ts, in the reviewer's airlock).
 * Keyed by English template (see zh-templates.ts); figures and names pass as they are, values never.
 */
import type { ZhTemplates } from './zh-templates';

const LIVE = '在真实数据上运行的模型';

export const zhLiveFormMessages: ZhTemplates = {
  // The form of a model on live.
  'a model on live is one SELECT: UNION, EXCEPT and INTERSECT are not allowed': () => `${LIVE}只能是一条 SELECT 语句，不允许使用 UNION、EXCEPT 和 INTERSECT`,
  'a model on live reads sandbox tables only ({text})': (table) => `${LIVE}只能读取本沙箱中的表（${table}）`,
  'column aliases on a table reference are not allowed in a model on live': () => `${LIVE}不允许为表引用设置列别名`,
  'FROM may name sandbox tables and join them, nothing else (no subqueries, VALUES or table functions)': () =>
    'FROM 中只能列出并关联本沙箱的表，不得使用子查询、VALUES 或表函数',
  'subqueries are not allowed in a model on live: join the tables in FROM': () => `${LIVE}不允许使用子查询：请在 FROM 中关联各表`,
  'window functions are not allowed in a model on live': () => `${LIVE}不允许使用窗口函数`,
  '* and COLUMNS(...) are not allowed in a model on live: name each column': () => `${LIVE}不允许使用 * 或 COLUMNS(...)：请逐一写明各列`,
  'WITH (common table expressions) is not allowed in a model on live: name the tables in FROM': () => `${LIVE}不允许使用 WITH（公用表表达式）：请在 FROM 中直接列出各表`,
  'QUALIFY is not allowed in a model on live': () => `${LIVE}不允许使用 QUALIFY`,
  'GROUPING SETS, ROLLUP and CUBE are not allowed in a model on live: submit one model per grouping': () =>
    `${LIVE}不允许使用 GROUPING SETS、ROLLUP 和 CUBE：请按每种分组方式分别提交模型`,
  'names starting with {id} are reserved for the platform ({text})': (prefix, name) => `以 ${prefix} 开头的名称为平台保留名称（${name}）`,
  'identifier or pseudonym column {text} may only join tables or be counted in a model on live (no filters, parameters, groups or orderings on it)': (column) =>
    `${LIVE}中，标识符或假名列 ${column} 只能用于关联或计数（不得用于过滤、参数、分组或排序）`,
  '{fn}() takes a column on live: compute on the aggregate, and put conditions in FILTER (WHERE …)': (fn) =>
    `在真实数据上，${fn}() 的参数只能是列：请对聚合结果进行计算，并将条件写入 FILTER (WHERE …)`,
  '{fn}() takes one constant fraction from 0.1 to 0.9 on live (0 and 1 are the smallest and largest value)': (fn) =>
    `在真实数据上，${fn}() 只接受一个 0.1 至 0.9 之间的常量分位点（0 和 1 即最小值和最大值）`,
  '{fn}() takes columns on live, no computation inside the aggregate: compute on the aggregate (e.g. avg(x) / 12), and put conditions in FILTER (WHERE …), where the contributor counts see them': (fn) =>
    `在真实数据上，${fn}() 的参数只能是列，不得在聚合函数内部计算：请对聚合结果进行计算（如 avg(x) / 12），并将条件写入 FILTER (WHERE …)，以便计入贡献者统计`,

  // Record-level notes (runs only with the review's grant).
  "{fn}() returns many contributors' values in one cell": (fn) => `${fn}() 会在一个单元格中返回多个贡献者的取值`,
  '{fn}() turns values back into rows': (fn) => `${fn}() 会把取值重新展开为多行`,
  'outputs identifier or pseudonym column {text}': (column) => `输出了标识符或假名列 ${column}`,
  'the query does not aggregate: its rows are records': () => '查询未做聚合，输出的每一行都是个体记录',

  // Why a row is held back.
  'fewer than {n} subjects reached this row': (k) => `该行涉及的主体少于 ${k} 个`,
  '{place} uses {fn}(): {list}': (place, fn, reasons) => `${place}中的 ${fn}()：${reasons}`,
  'ordered by an aggregate, its place would show a held cell': () => '结果按聚合值排序，该行的位置会暴露被抑制的单元格',

  // Why a cell is held back.
  'fewer than {n} subjects contribute': (k) => `贡献主体少于 ${k} 个`,
  'the two largest contributors make up more than {n}% (n-k dominance)': (share) => `最大的两个贡献者合计占比超过 ${share}%（n-k 优势规则）`,
  'the others make up less than {n}% of the largest (p-ratio)': (p) => `其余贡献者合计不足最大贡献者的 ${p}%（p 比例规则）`,
  'a value that is no number: the magnitude checks cannot weigh it': () => '存在非数值的取值，无法进行量级检查',
  'every contributor has the same value (class disclosure)': () => '所有贡献者的取值相同（类别披露）',
  'fewer than {n} of the row’s subjects are outside the cell’s FILTER (class disclosure)': (k) => `该行中不满足该单元格 FILTER 条件的主体少于 ${k} 个（类别披露）`,
  'too few contributors for this quantile: it would be one of the {n} smallest or largest values': (k) => `该分位数的贡献者过少：其结果将是最小或最大的 ${k} 个取值之一`,
  'differs by {n} subject(s) from cell {text} of {id}': (n, cell, source) => `与 ${source} 的单元格 ${cell} 仅相差 ${n} 个主体（差分风险）`,
  'with {cells} inside cell {text} of {id}, it leaves {n} subject(s): a tracker': (pieces, cell, source, n) =>
    `与 ${pieces} 同在 ${source} 的单元格 ${cell} 之内，差集仅余 ${n} 个主体：构成追踪器`,
  'with {cells} inside cell {text} of {id}, it leaves {n} subject(s): a tracker (this cell is their sum; add them up)': (pieces, cell, source, n) =>
    `与 ${pieces} 同在 ${source} 的单元格 ${cell} 之内，差集仅余 ${n} 个主体：构成追踪器（本单元格即为它们之和，相加即可得出）`,
};
