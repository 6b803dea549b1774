/**
 * Chinese messages for the codes of the HTTP layer and the platform as a whole: malformed
 * requests, authentication and permission, missing resources, limits, and the platform being
 * short of resources or going away. Keyed by error code; see zh-specifics for how specifics pass.
 */
import { byPattern, when, zhList, type ZhMessage } from './zh-specifics';

/** What `NotFoundError(what)` names, as the whole Chinese sentence. */
const NOT_FOUND: Record<string, string> = {
  resource: '请求的资源不存在',
  route: '请求的接口不存在',
  agreement: '未找到该授权运营协议',
  application: '未找到该申请',
  dataset: '未找到该数据集',
  'dataset in this application': '该申请不包含此数据集',
  'rule-set version': '未找到该脱敏规则版本',
  model: '未找到该模型',
  run: '未找到该运行记录',
  output: '未找到该输出结果',
  fingerprint: '未找到该结果指纹',
  principal: '未找到该账号',
  product: '未找到该数据产品',
  sandbox: '未找到该数据沙箱',
  feedback: '未找到该质量反馈',
  filing: '未找到该报备',
  file: '未找到该附件',
};

const WHERE: Record<string, string> = { body: '请求体', query: '查询参数', params: '路径参数' };

export const zhRequestMessages: Record<string, ZhMessage> = {
  bad_request: '请求有误，请检查后重试',
  invalid_request: byPattern(
    '请求不符合接口要求，具体问题见 details',
    when(/^invalid request (body|query|params)$/, (where) => `${WHERE[where]}不符合接口要求，具体问题见 details`),
    when(/^expected a non-empty text body$/, () => '请求体不能为空，请以文本形式提交'),
  ),
  invalid_json: '请求体不是有效的 JSON',
  invalid_cursor: '分页游标无效，请使用上一页返回的游标',
  request_aborted: '请求在传输过程中中断',
  malformed_url: byPattern(
    '请求地址不是有效的百分号编码（UTF-8）',
    when(/^the request URL path /, () => '请求地址的路径部分不是有效的百分号编码（UTF-8）'),
    when(/^the request URL query /, () => '请求地址的查询部分不是有效的百分号编码（UTF-8）'),
  ),
  unsupported_media_type: byPattern(
    '不支持该请求体格式',
    when(/^send (.+)$/, (types) => `不支持该请求体格式，请以 ${zhList(types)} 格式提交`),
    when(/^unsupported body encoding or charset$/, () => '不支持该请求体的编码或字符集'),
  ),
  payload_too_large: byPattern('请求体超过平台允许的大小', when(/ the limit of (\d+) bytes$/, (n) => `请求体超过平台允许的大小（上限 ${n} 字节）`)),
  unauthenticated: '未通过身份认证，请提供有效的访问令牌',
  forbidden: byPattern(
    '当前角色无权执行此操作',
    when(/^role may not (\S+) (\S+)$/, (action, subject) => `当前角色无权执行此操作（${action} ${subject}）`),
    when(/^live data is reached only through approved models/, () => '真实数据只能通过已批准的模型访问，请改为查询开发副本'),
    when(/^a run can never be released by its own operator$/, () => '运行结果不能由发起该运行的运营人员本人放行'),
  ),
  not_found: (english) => NOT_FOUND[english.replace(/ not found$/, '')] ?? NOT_FOUND.resource,
  conflict: '请求与资源的当前状态冲突',
  unprocessable: '请求内容无法处理，请检查后重试',
  too_many_requests: byPattern('请求过于频繁，请稍后重试', when(/^the product’s rate limit is reached/, () => '该数据产品的调用频率已达上限，请稍后重试')),
  internal_error: '服务器内部错误，请稍后重试；如问题持续存在，请联系平台运维人员',
  insufficient_resources: '平台内存或磁盘资源不足，暂时无法完成处理；原有版本继续有效，请稍后重试',
  insufficient_storage: byPattern(
    '平台磁盘空间不足，请稍后重试',
    when(/takes no uploads now/, () => '平台磁盘空间不足，暂停受理数据上传，请稍后重试'),
    when(/takes no new sandboxes now/, () => '平台磁盘空间不足，暂停创建新的数据沙箱，请稍后重试'),
    when(/while staging the upload/, () => '平台暂存上传数据时磁盘空间不足；原有版本继续有效，请稍后重试'),
  ),
  read_only_recovery: '平台正处于只读恢复模式，仅提供审计日志的查询、校验和导出（GET /api/v1/audit、/audit/verify、/audit/export）及当前账号信息（/me）',
  shutting_down: '服务器正在停机，请重新建立连接后重试',
};
