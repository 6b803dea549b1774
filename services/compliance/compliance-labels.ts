/**
 * The words of the compliance report in Chinese (default) and English: line kinds, fact names,
 * roles, a few enumerated values, and the page's own text. A kind, fact or value missing here
 * shows as its code, so a new history provider works before it is labelled.
 */
export const reportLanguages = ['zh-CN', 'en'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];
type Labels = Record<string, string>;

const KINDS: Record<ReportLanguage, Labels> = {
  'zh-CN': {
    'application.submitted': '提交应用场景申请', 'consent.approved': '数源单位同意', 'consent.refused': '数源单位拒绝', 'consent.coordinated': '主管部门协调',
    'application.approved': '主管部门批准申请', 'application.rejected': '主管部门驳回申请', 'entrustment.created': '委托模型查验机构', 'entrustment.revoked': '撤销委托',
    'sandbox.ready': '数据沙箱就绪', 'settings.changed': '协议设置变更', 'model.submitted': '提交模型', 'model.approved': '模型查验通过', 'model.rejected': '模型查验未通过',
    'run.submitted': '提交模型运行', 'run.first_approval': '出域审核第一人同意', 'run.released': '结果出域放行', 'run.rejected': '出域审核驳回',
    'product.submitted': '提交数据产品登记', 'product.registered': '数据产品登记', 'product.rejected': '数据产品登记驳回', 'product.renewed': '数据产品登记续期',
    'risk.opened': '风险报备', 'risk.acknowledged': '风险报备确认知悉', 'risk.closed': '风险报备关闭', 'agreement.suspended': '协议暂停', 'agreement.resumed': '协议恢复',
    'agreement.terminated': '协议终止', 'agreement.expired': '协议到期', 'agreement.sealed': '数据沙箱封存', 'agreement.destroyed': '数据沙箱销毁', 'certificate.issued': '出具销毁证明',
    'filing.submitted': '提交定期报备', 'filing.corrected': '更正定期报备', 'filing.overdue': '定期报备逾期',
  },
  en: {
    'application.submitted': 'Application submitted', 'consent.approved': 'Source unit consented', 'consent.refused': 'Source unit refused', 'consent.coordinated': 'Authority coordinated',
    'application.approved': 'Application approved', 'application.rejected': 'Application rejected', 'entrustment.created': 'Examiner entrusted', 'entrustment.revoked': 'Entrustment revoked',
    'sandbox.ready': 'Sandbox provisioned', 'settings.changed': 'Settings changed', 'model.submitted': 'Model submitted', 'model.approved': 'Model approved', 'model.rejected': 'Model rejected',
    'run.submitted': 'Run submitted', 'run.first_approval': 'Release: first approval', 'run.released': 'Output released', 'run.rejected': 'Release rejected',
    'product.submitted': 'Product submitted for registration', 'product.registered': 'Product registered', 'product.rejected': 'Product registration rejected', 'product.renewed': 'Registration renewed',
    'risk.opened': 'Risk report opened', 'risk.acknowledged': 'Risk report acknowledged', 'risk.closed': 'Risk report closed', 'agreement.suspended': 'Agreement suspended', 'agreement.resumed': 'Agreement resumed',
    'agreement.terminated': 'Agreement terminated', 'agreement.expired': 'Agreement expired', 'agreement.sealed': 'Sandbox sealed', 'agreement.destroyed': 'Sandbox destroyed', 'certificate.issued': 'Destruction certificate issued',
    'filing.submitted': 'Periodic filing submitted', 'filing.corrected': 'Periodic filing corrected', 'filing.overdue': 'Periodic filing overdue',
  },
};

const FACTS: Record<ReportLanguage, Labels> = {
  'zh-CN': {
    scenario: '应用场景', purpose: '用途', term: '期限', datasets: '申请数据与字段', sourceUnit: '数源单位', comment: '意见', note: '说明', refusal: '原拒绝理由',
    sha256: 'SHA-256', failedChecks: '未通过的自动检查', recordLevelGranted: '准许记录级输出', unsafeStatisticsGranted: '准许非安全统计量',
    params: '参数', status: '存储状态', rowCount: '行数', suppressedRows: '抑制行数', outputSha256: '输出 SHA-256', kind: '类型', source: '来源', grantees: '授权使用单位',
    validUntil: '有效期至', previousExpiry: '原到期日', newExpiry: '新到期日', summary: '风险情况', resolution: '处置结果', from: '原状态', reason: '原因', tables: '载入的数据表',
    certificateHash: '证明哈希', files: '销毁文件数', nothingRemains: '无残留', keyDestroyedAt: '密钥销毁时间', auditHeadAtDestruction: '销毁时审计链头',
  },
  en: {
    scenario: 'Scenario', purpose: 'Purpose', term: 'Term', datasets: 'Datasets and columns', sourceUnit: 'Source unit', comment: 'Comment', note: 'Note', refusal: 'Refusal reopened',
    sha256: 'SHA-256', failedChecks: 'Failed automatic checks', recordLevelGranted: 'Record-level output granted', unsafeStatisticsGranted: 'Unsafe statistics granted',
    params: 'Parameters', status: 'Stored status', rowCount: 'Rows', suppressedRows: 'Suppressed rows', outputSha256: 'Output SHA-256', kind: 'Kind', source: 'Source', grantees: 'Grantees',
    validUntil: 'Valid until', previousExpiry: 'Previous expiry', newExpiry: 'New expiry', summary: 'Summary', resolution: 'Resolution', from: 'From', reason: 'Reason', tables: 'Tables loaded',
    certificateHash: 'Certificate hash', files: 'Files destroyed', nothingRemains: 'Nothing remains', keyDestroyedAt: 'Key destroyed at', auditHeadAtDestruction: 'Audit head at destruction',
  },
};

const VALUES: Record<ReportLanguage, Labels> = {
  'zh-CN': {
    true: '是', false: '否', authority: '主管部门', source: '数源单位', operator: '运营单位', auditor: '审计机构', examiner: '模型查验机构', system: '平台',
    operator_suspension: '运营单位风险暂停', dataset: '数据集类产品', api: '接口类产品', active: '生效中', suspended: '已暂停', expired: '已到期', terminated: '已终止',
    sealed: '已封存', destroyed: '已销毁', released: '已放行', rejected: '已驳回', blocked: '已拦截', failed: '运行失败', 'awaiting-release': '待出域审核', queued: '排队中', running: '运行中',
    'the term ended': '协议期限届满', 'sealed for destruction': '封存待销毁', 'destroyed; certificate issued': '已销毁并出具销毁证明',
  },
  en: {
    true: 'yes', false: 'no', authority: 'authority', source: 'source unit', operator: 'operator', auditor: 'auditor', examiner: 'examiner', system: 'platform',
    operator_suspension: 'operator’s risk stop',
  },
};

const TEXT: Record<ReportLanguage, Labels> = {
  'zh-CN': {
    title: '公共数据授权运营协议合规报告', overview: '一、协议概况', history: '二、全过程记录（按时间顺序）', verify: '三、核验说明',
    agreementId: '协议编号', applicationId: '申请编号', operatorUnit: '运营单位', status: '协议状态', sandbox: '数据沙箱', generatedAt: '生成时间（北京时间）',
    at: '时间（北京时间）', event: '事项', subject: '对象', actor: '操作者', details: '详情', seqs: '审计序号', none: '暂无记录', empty: '—',
    verify1: '本报告每一行的“审计序号”指平台审计日志（哈希链）中记载该操作的条目；报告所列内容均来自平台控制库与审计日志，不含任何数据行或个人信息。',
    verify2: '核验时，请主管部门或审计机构调取该协议的审计条目（GET /api/v1/audit?agreement={agreement}），逐行核对序号、操作、对象与时间；再校验哈希链完整（GET /api/v1/audit/verify 或 shuyu audit verify），其链头序号应不小于本报告生成时的链头。',
    verify3: '本报告生成时的审计链头：序号 {seq}，哈希 {hash}。',
    verify4: '本报告结构化内容（以 Accept: application/json 获取）的 SHA-256 摘要为 {digest}，已记入本次生成请求的审计条目（agreement.compliance_report）。',
  },
  en: {
    title: 'Compliance report of a public data authorization agreement', overview: '1. The agreement', history: '2. Its whole history, in time order', verify: '3. How to verify',
    agreementId: 'Agreement', applicationId: 'Application', operatorUnit: 'Operator', status: 'Status', sandbox: 'Sandbox', generatedAt: 'Generated (Beijing time)',
    at: 'Time (Beijing)', event: 'Event', subject: 'Subject', actor: 'By', details: 'Details', seqs: 'Audit seq', none: 'Nothing recorded', empty: '—',
    verify1: 'The audit sequence numbers on each line are the entries of the platform’s hash-chained audit log that record the act. Everything here comes from the control store and the audit log: no data row and no personal value.',
    verify2: 'To verify, have the authority or an auditor read the agreement’s entries (GET /api/v1/audit?agreement={agreement}) and compare each line’s numbers, actions, resources and times; then verify the chain (GET /api/v1/audit/verify or shuyu audit verify): its head must be at or after the head below.',
    verify3: 'Audit head when this report was generated: seq {seq}, hash {hash}.',
    verify4: 'SHA-256 of this report’s structured content (Accept: application/json): {digest}; it is recorded in the audit entry of this request (agreement.compliance_report).',
  },
};

const pick = (table: Record<ReportLanguage, Labels>, language: ReportLanguage, key: string) => table[language][key] ?? key;
export const kindLabel = (language: ReportLanguage, kind: string) => pick(KINDS, language, kind);
export const factLabel = (language: ReportLanguage, fact: string) => pick(FACTS, language, fact);
export const valueLabel = (language: ReportLanguage, value: string) => pick(VALUES, language, value);
export const text = (language: ReportLanguage, key: string, values: Record<string, string | number> = {}) =>
  pick(TEXT, language, key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
