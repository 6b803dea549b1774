/**
 * Chinese for the `details[].message` of 4xx answers outside the rule-set validator: uploads into
 * the vault, dataset registration, applications and their scope, model parameters, products,
 * list cursors, agreement settings, principals and sandbox limits. Keyed by English template
 * (see zh-templates.ts); the row, column and path of a detail never change.
 */
import type { ZhTemplates } from './zh-templates';

/** The columns kept in clear (` id_number、name`), or the English fallback `identifiers`. */
const kept = (columns: string) => (columns === 'identifiers' ? '标识符' : ` ${columns}`);

export const zhDetailMessages: ZhTemplates = {
  // Uploads (sandbox/vault): the CSV header, the reader, the registered types.
  'column is missing': () => '缺少该列',
  'column is not in the schema': () => '该列不在登记的数据集结构中',
  'column appears twice': () => '该列重复出现',
  'missing header': () => '缺少表头行',
  'invalid UTF-8 byte sequence': () => '存在无效的 UTF-8 字节序列',
  'invalid UTF-8 byte sequence at byte offset {n} (line {n})': (offset, line) => `第 ${line} 行存在无效的 UTF-8 字节序列（字节偏移 ${offset}）`,
  'invalid GB18030 byte sequence at byte offset {n} (line {n})': (offset, line) => `第 ${line} 行存在无效的 GB18030 字节序列（字节偏移 ${offset}）`,
  'neither UTF-8 nor GB18030 (GBK)': () => '既不是 UTF-8 编码，也不是 GB18030（GBK）编码',
  // Uploads of .xlsx workbooks (sandbox/vault/xlsx).
  'no ZIP signature': () => '文件开头没有 ZIP 签名',
  'not a readable workbook: {text}': (what) => `无法读取该工作簿（${what}）`,
  "the workbook's sheets are {text}": (names) => `工作簿中的工作表有：${names}`,
  'the cell holds a formula error': () => '该单元格的公式结果为错误值',
  'a formula that failed or was never calculated (no saved result)': () => '该单元格的公式计算出错或未经计算（没有保存的结果）',
  'a code stored as a number: format the column as text so that leading zeros and every digit are kept': () =>
    '编码被存成了数字：请将该列设置为文本格式，以保留开头的 0 和全部位数',
  'not a real date (Excel day 0, or the 29 February 1900 Excel invented)': () => '不是真实存在的日期（Excel 的第 0 天，或 Excel 虚构的 1900 年 2 月 29 日）',
  'a date with a time of day in a DATE column': () => '日期（DATE）列中的值带有时刻',
  'a number with a fraction (a time of day) in a DATE column': () => '日期（DATE）列中的数字带有小数部分（即带有时刻）',
  'a value in a column without a header': () => '表头以外的列中有值',
  'wrong number of fields': () => '该行字段数不正确',
  'unterminated quoted field': () => '存在未闭合的引号',
  'malformed CSV': () => 'CSV 格式有误，无法读取',
  'invalid or truncated Parquet file': () => 'Parquet 文件无效或不完整',
  'invalid Arrow IPC stream': () => 'Arrow IPC 数据流无效',
  'not a valid {type}': (type) => `不是有效的 ${type} 类型值`,
  'must not be empty': () => '不能为空',
  'empty body': () => '请求体为空',

  // Dataset registration.
  'column name appears twice': () => '列名重复',
  'subjectKey must name one of the columns': () => '主体标识列（subjectKey）必须是已登记的列之一',

  // Applications and the scope they ask for.
  'endsAt must come after startsAt': () => '结束时间（endsAt）必须晚于开始时间（startsAt）',
  'the term may not exceed 5 years': () => '授权期限不得超过 5 年',
  'endsAt is in the past': () => '结束时间（endsAt）早于当前时间',
  'a dataset is listed twice': () => '同一数据集被重复列出',
  'unknown dataset': () => '数据集不存在',
  'a closed dataset can never enter a sandbox': () => '该数据集为“不予开放”（closed），不得进入数据沙箱',
  'the dataset has no data in the vault yet': () => '该数据集尚未上传数据',
  'the dataset has no valid masking rule set': () => '该数据集尚无有效的脱敏规则集',
  'unknown column': () => '该列不存在',
  'the masking rules drop this column': () => '现行脱敏规则删除了该列（drop），不能申请使用',
  'rule-set version {n} keeps {ids} in clear and is {state}: the authority must approve it first': (version, columns, state) =>
    `脱敏规则第 ${version} 版以明文保留${kept(columns)}，审批状态为${state}，须先经主管部门批准`,
  'rule-set version {n} keeps {ids} in clear and is not approved by the authority': (version, columns) =>
    `脱敏规则第 ${version} 版以明文保留${kept(columns)}，未经主管部门批准`,

  // Model parameters and runs.
  'declare ${id}': (name) => `请声明参数 $${name}`,
  'not a parameter of this model': () => '该模型没有此参数',
  missing: () => '缺少参数值',
  'expected {type}': (type) => `应为 ${type} 类型`,
  'expected DATE (YYYY-MM-DD)': () => '应为 DATE 类型（YYYY-MM-DD）',
  'expected VARCHAR (at most 1000 characters, no NUL)': () => '应为 VARCHAR 类型（不超过 1000 个字符，且不含 NUL 字符）',
  'filter by {states}': (states) => `只能按以下状态筛选：${states}`,
  'limit: {limit}': (limit) => `超出的上限：${limit}`,

  // Products, settings, principals, cursors.
  required: () => '必填',
  'outside the approved domain': () => '超出审核批准的取值范围',
  'may only tighten the platform default': () => '只能比平台默认值更严格，不能放宽',
  'unknown role': () => '角色不存在',
  'required by the data level': () => '数据分级要求必须开启',
  'not an active examiner': () => '不是有效的模型查验机构账号',
  'no such agreement': () => '授权协议不存在',

  // Selection: calls, qualifications, filed files and the directory.
  'must be in the future': () => '须晚于当前时间',
  'no such call': () => '征集公告不存在',
  'not valid base64': () => '不是有效的 base64 编码',
  'at most 5 MiB': () => '不能超过 5 MiB',
  'between now and five years from now': () => '须在当前时间之后、五年之内',
  'the term may not end after the unit’s qualification (资格) ends': () => '协议期限不能晚于本单位运营资格的到期时间',
  'no such dataset': () => '数据集不存在',
  'a closed dataset is never open to authorized operation': () => '不予开放的数据集不能列入授权运营目录',
  'the dataset is open only on conditions': () => '该数据集为有条件开放，目录条目不能设为无条件开放',
  'the dataset is not in the directory (授权运营目录)': () => '该数据集不在授权运营目录中',
  'the directory does not offer this dataset for this scenario': () => '授权运营目录未对该应用场景开放此数据集',
  'the directory does not offer this column': () => '授权运营目录未开放该字段',
  'a file name without / or \\': () => '文件名不能包含 / 或 \\',
  'a media type such as application/pdf': () => '须为媒体类型，例如 application/pdf',
  'base64 bytes': () => '须为 base64 编码的内容',
  'endsAt must come after startsAt and lie in the future': () => '结束时间须晚于开始时间，且晚于当前时间',
  'not the operator’s own unit': () => '不能是运营单位本身',
  'no accepted partner with this id': () => '不存在已备案通过的该运营合作方',
  'the partner’s own unit': () => '须为该运营合作方的单位',
  'required for the role partner, and only for it': () => '“运营合作方”角色必填，其他角色不得填写',
  'not a partner of the operator active in this period': () => '不是本运营单位在本期内在册的运营合作方',
  'a partner is reported twice': () => '同一运营合作方被重复报告',
  'each partner active in the period needs its report': () => '本期内在册的每个运营合作方都须有报告',
  'YYYY-MM': () => '格式应为 YYYY-MM（年-月）',
  'not a cursor for this order': () => '该游标不属于当前排序方式',
  'not a cursor this list gave': () => '该游标不是本列表返回的游标',
};
