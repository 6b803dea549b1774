/**
 * Chinese messages for the codes of the catalogue: dataset registration, uploads into the vault,
 * masking rule sets and their approval, and principals (accounts). Keyed by error code. Row and
 * column specifics stay in `details`; a message names at most a row number and a column name.
 */
import { byPattern, when, zhList, zhState, type ZhMessage } from './zh-specifics';

export const zhCatalogMessages: Record<string, ZhMessage> = {
  invalid_schema: '数据集结构定义前后不一致，具体问题见 details',
  duplicate_name: byPattern(
    '同名对象已存在',
    when(/^a dataset with this name already exists$/, () => '同名数据集已存在'),
    when(/^a principal with this name already exists$/, () => '同名账号已存在'),
  ),
  upload_interrupted: '上传中断，数据未保存',
  empty_upload: '上传内容为空',
  upload_rejected: '上传的数据不符合数据集要求，原有版本继续有效',
  schema_mismatch: byPattern(
    '上传数据的列与登记的数据集结构不符',
    when(/^expected (\d+) columns \((.+)\), found (\d+)$/, (n, columns, found) => `上传数据的列与登记的数据集结构不符：应为 ${n} 列（${zhList(columns)}），实际为 ${found} 列`),
  ),
  missing_header: byPattern('CSV 文件缺少表头行', when(/^the sheet has no header row$/, () => '工作表缺少表头行')),
  invalid_encoding: byPattern(
    'CSV 文件的字符编码无效',
    when(/^the CSV is not valid UTF-8$/, () => 'CSV 文件不是有效的 UTF-8 编码'),
    when(/^the CSV is not valid GB18030 \(GBK\)$/, () => 'CSV 文件不是有效的 GB18030（GBK）编码'),
    when(/^the charset of the CSV could not be told/, () => '无法识别 CSV 文件的字符集：请将文件另存为 UTF-8、GB18030 或 GBK 编码，并在 Content-Type 中声明（例如 text/csv; charset=gbk）'),
  ),
  unsupported_charset: '不支持该字符集：请使用 utf-8、gb18030 或 gbk，或不声明字符集，由平台自动识别',
  xls_not_supported: '不支持旧版 .xls 工作簿和设有密码保护的工作簿：请在 Excel 或 WPS 中打开文件，另存为 .xlsx（或 CSV）后再上传',
  invalid_xlsx: byPattern(
    '上传的文件不是可读取的 .xlsx 工作簿',
    when(/^the body is not an \.xlsx workbook$/, () => '上传的文件不是 .xlsx 工作簿'),
  ),
  sheet_not_found: '工作簿中没有该名称的工作表，现有工作表见 details',
  workbook_too_large: byPattern(
    '工作簿解压后超过平台允许的大小，请将工作表另存为 CSV 后上传',
    when(/ more than (\d+) MiB/, (n) => `工作簿解压后超过 ${n} MiB，请将工作表另存为 CSV 后上传`),
  ),
  zip_bomb: byPattern(
    '工作簿中有部件解压后异常膨胀，疑似压缩炸弹，已拒绝；如文件确属正常，请将工作表另存为 CSV 后上传',
    when(/ more than (\d+) times/, (n) => `工作簿中有部件解压后膨胀超过 ${n} 倍，疑似压缩炸弹，已拒绝；如文件确属正常，请将工作表另存为 CSV 后上传`),
  ),
  malformed_csv: byPattern(
    'CSV 文件格式有误，无法读取',
    when(/wrong number of fields/, () => 'CSV 文件中有一行的字段数不正确'),
    when(/unterminated quote/, () => 'CSV 文件中存在未闭合的引号'),
  ),
  invalid_parquet: '请求体不是可读取的 Parquet 文件',
  invalid_arrow: byPattern('请求体不是可读取的 Arrow IPC 数据流', when(/truncated or invalid/, () => 'Arrow IPC 数据流不完整或无效')),
  invalid_data: byPattern(
    '数据不符合登记的数据集结构，具体问题见 details',
    when(/\(first problem: row (\d+), column (\S+)\)$/, (row, column) => `数据不符合登记的数据集结构（首个问题：第 ${row} 行，${column} 列），具体问题见 details`),
  ),
  invalid_rules: byPattern(
    '脱敏规则集无效',
    when(/^the rule set cannot be read$/, () => '脱敏规则集无法读取，请检查格式，具体问题见 details'),
    when(/^the rule set is invalid or incomplete$/, () => '脱敏规则集无效或不完整，具体问题见 details'),
  ),
  concurrent_update: '另一个脱敏规则集恰好同时保存，请重试',
  approval_not_needed: '该脱敏规则版本未以明文保留任何标识符，无需审批',
  no_rule_set: '该数据集尚无脱敏规则集，请随请求提交规则后再预览',
  no_data: '该数据集尚无数据，请先上传一个版本',
  rules_not_approved: byPattern(
    '现行脱敏规则以明文保留标识符，且未经主管部门批准，不得使用',
    when(
      /^the masking rules in force for dataset (\S+) keep identifiers in clear and are (\S+)$/,
      (dataset, status) => `数据集 ${dataset} 的现行脱敏规则以明文保留标识符，审批状态为${zhState(status)}，未经主管部门批准不得使用`,
    ),
  ),
  already_revoked: byPattern('该账号已被注销', when(/^the entrustment is already revoked$/, () => '该委托已撤销')),
  last_authority: '不能注销最后一个有效的主管部门账号',
};
