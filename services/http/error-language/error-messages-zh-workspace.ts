/**
 * Chinese messages for the codes of the workspace: the sandbox and its access, the statement
 * guard, and a statement's end other than its result (timeout, limits, SQL errors, lost or busy
 * workers). Keyed by error code. The SQL error and an unparsable statement keep DuckDB's English
 * text in parentheses, as the operator needs it to fix the query (first line only, literals blanked).
 */
import { byPattern, when, whenText, withDetail, zhList, zhState, type ZhMessage } from './zh-specifics';

const REFUSED = '语句未通过安全检查，已被拒绝';

export const zhWorkspaceMessages: Record<string, ZhMessage> = {
  agreement_not_active: byPattern(
    '授权运营协议未处于生效状态，数据访问已停止',
    when(/^the agreement is (\S+); data access is stopped$/, (status) => `授权运营协议当前为${zhState(status)}，数据访问已停止`),
  ),
  sandbox_not_ready: byPattern('数据沙箱尚未就绪', when(/^the sandbox is (\S+)$/, (state) => `数据沙箱当前为${zhState(state)}，暂不可用`)),
  term_not_started: '授权运营协议的期限尚未开始',
  statement_refused: byPattern(
    (english) => withDetail(REFUSED, english.replace(/^the statement was refused: /, '')),
    when(/: the statement is longer than (\d+) characters$/, (n) => `${REFUSED}：语句长度超过 ${n} 个字符`),
    when(/: the statement contains a NUL character$/, () => `${REFUSED}：语句包含 NUL 字符`),
    whenText(/: the statement does not parse: ([\s\S]+)$/, (why) => withDetail(`${REFUSED}：语句无法解析`, why)),
    when(/: exactly one statement is allowed; found (\d+)$/, (n) => `${REFUSED}：只允许提交一条语句，实际为 ${n} 条`),
    when(/: exactly one statement is allowed$/, () => `${REFUSED}：只允许提交一条语句`),
    when(/: only read-only queries \(plain SELECT\) are allowed/, () => `${REFUSED}：只允许只读查询（普通 SELECT），不得使用 DDL、DML、PRAGMA、SET、SHOW、DESCRIBE、SUMMARIZE、COPY、ATTACH 等语句`),
    whenText(/: not allowed: (.+)$/, (what) => `${REFUSED}：使用了沙箱不允许的语法或函数（${what}）`),
    when(/: schema-qualified functions are not allowed: (.+)$/, (names) => `${REFUSED}：不允许使用带模式限定的函数 ${zhList(names)}`),
    when(/: functions not allowed in the sandbox: (.+)$/, (names) => `${REFUSED}：沙箱中不允许使用函数 ${zhList(names)}`),
    when(/: references to another database are not allowed: (\S+)$/, (name) => `${REFUSED}：不允许引用其他数据库 ${name}`),
    when(/: only the sandbox's own tables may be read, not (\S+)$/, (name) => `${REFUSED}：只能读取本沙箱中的表，不能读取 ${name}`),
    when(/: unknown table: (\S+)$/, (name) => `${REFUSED}：本沙箱中没有表 ${name}`),
  ),
  sql_error: (english) => withDetail('查询执行失败，请检查 SQL 语句', english.replace(/^the query failed: /, '')),
  query_timeout: byPattern(
    '查询运行超时，已被终止；请缩小查询范围或尽早聚合',
    when(/longer than (\d+) ms/, (ms) => `查询运行超过 ${ms} 毫秒，已被终止；请缩小查询范围或尽早聚合`),
  ),
  result_too_large: byPattern(
    '查询结果超过大小上限，请减少选取的列或缩短取值',
    when(/larger than (\d+) bytes/, (n) => `查询结果超过 ${n} 字节的上限，请减少选取的列或缩短取值（SHUYU_RESULT_MAX_BYTES）`),
  ),
  resource_limit: byPattern(
    '语句超出沙箱的资源上限，已被终止；请尽早聚合或缩小查询范围',
    when(/more memory than the sandbox allows/, () => '语句所需内存超过沙箱上限，已被终止；请尽早聚合或缩小查询范围'),
    when(/more CPU time than the sandbox allows/, () => '语句占用的 CPU 时间超过沙箱上限，已被终止；请尽早聚合或缩小查询范围'),
  ),
  busy: '沙箱工作进程均处于繁忙状态，请稍后重试',
  worker_lost: '沙箱工作进程意外停止，请重试',
  client_gone: '客户端已断开连接，语句已取消',
};
