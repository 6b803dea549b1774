/**
 * Chinese messages for the codes of the authorisation workflow: applications and consent,
 * agreements and their transitions, models and their review, runs and release review, data
 * products. Keyed by error code; states are shown in Chinese with the code name after them.
 */
import { byPattern, when, zhList, zhState, zhStates, type ZhMessage } from './zh-specifics';

const TRANSITIONS: Record<string, string> = {
  suspend: '暂停', resume: '恢复', terminate: '终止', expire: '到期终止', seal: '封存', destroy: '销毁',
};

const PRODUCT_KINDS: Record<string, string> = { dataset: '数据集类产品', api: '接口类产品' };

export const zhWorkflowMessages: Record<string, ZhMessage> = {
  invalid_application: byPattern(
    '申请内容不符合要求，无法受理，具体问题见 details',
    when(/^the requested scope is no longer available$/, () => '申请的数据范围已不再可用，具体问题见 details'),
  ),
  already_decided: byPattern(
    '该事项已作出决定',
    when(/^the application is already (\S+)$/, (status) => `该申请已处理，当前状态为${zhState(status)}`),
    when(/^this rule-set version is already (\S+)$/, (status) => `该脱敏规则版本已审批，当前状态为${zhState(status)}`),
    when(/^the application was decided concurrently$/, () => '该申请已被他人同时处理'),
    when(/^this rule-set version was decided concurrently$/, () => '该脱敏规则版本已被他人同时审批'),
  ),
  already_consented: '该数据集已作出同意决定，不能重复作出',
  consent_missing: byPattern(
    '批准申请须经全部数源单位同意',
    when(/missing or refused for (.+)$/, (ids) => `批准申请须经全部数源单位同意；以下数据集尚未同意或已拒绝：${zhList(ids)}`),
  ),
  illegal_transition: byPattern(
    '授权运营协议的当前状态不允许此操作',
    when(
      /^cannot (\S+) an agreement that is (\S+) \(only when (.+)\)$/,
      (transition, status, allowed) => `授权运营协议当前为${zhState(status)}，不能${TRANSITIONS[transition] ?? '执行'}（${transition}）；仅当协议为${zhStates(allowed)}时可以执行此操作`,
    ),
  ),
  not_destroyed: byPattern(
    '授权运营协议尚未销毁，销毁后方可出具销毁证明',
    when(/^the agreement is (\S+); /, (status) => `授权运营协议当前为${zhState(status)}，销毁后方可出具销毁证明`),
  ),
  settings_loosened: byPattern(
    '协议设置只能比平台默认值更严格，不能放宽',
    when(/ the platform defaults: (.+)$/, (fields) => `协议设置只能比平台默认值更严格，不能放宽：${zhList(fields)}`),
  ),
  undeclared_parameters: byPattern(
    '模型使用了未声明的参数',
    when(/^parameters used but not declared: (.+)$/, (names) => `模型使用了未声明的参数：${zhList(names)}`),
  ),
  model_refused: '模型不满足披露控制要求，不能在真实数据上运行，具体问题见 details',
  model_fails_on_dev: '模型在开发副本上运行失败，具体原因见 details',
  already_reviewed: byPattern(
    '该事项已完成审查',
    when(/^this version is already (\S+); /, (status) => `该模型版本已审查，当前状态为${zhState(status)}；如需重新审查，请提交新版本`),
    when(/^this version was reviewed concurrently$/, () => '该模型版本已被他人同时审查'),
    when(/^the product is (\S+)$/, (status) => `该数据产品已审核，当前状态为${zhState(status)}`),
    when(/^the product was reviewed concurrently$/, () => '该数据产品已被他人同时审核'),
  ),
  model_not_approved: byPattern(
    '只有已批准的模型才能使用',
    when(/^the model is (\S+); only approved models run on live data$/, (status) => `模型当前为${zhState(status)}，只有已批准的模型才能在真实数据上运行`),
    when(/^the model is (\S+); only approved models become API products$/, (status) => `模型当前为${zhState(status)}，只有已批准的模型才能登记为接口类数据产品`),
  ),
  invalid_parameters: '模型参数无效，具体问题见 details',
  review_not_opened: '放行前须先查阅输出结果：请先打开 GET /runs/:id/review',
  not_awaiting_release: byPattern(
    '该运行当前不处于待出域审核状态',
    when(/^the run is (\S+)$/, (status) => `该运行当前为${zhState(status)}，不处于待出域审核状态`),
    when(/^the run’s checked output is missing/, () => '该运行经检查的输出结果缺失，不能放行'),
    when(/^the run was decided concurrently$/, () => '该运行已被他人同时审核'),
  ),
  not_released: byPattern(
    '输出结果须经出域审核放行后方可导出',
    when(/^only released outputs become dataset products$/, () => '只有已放行的输出结果才能登记为数据集类产品'),
  ),
  run_budget_exhausted: byPattern(
    '运行额度已用完',
    when(/^the agreement’s run budget \((\d+) runs a day\) is used up$/, (n) => `本授权运营协议的运行额度（每日 ${n} 次）已用完`),
    when(/^this model’s run budget \((\d+) runs a day\) is used up$/, (n) => `该模型的运行额度（每日 ${n} 次）已用完`),
    when(/^the daily budget of (\d+) calls of this product is used up$/, (n) => `该数据产品的每日调用额度（${n} 次）已用完`),
  ),
  disclosure_blocked: '披露控制拦截了该结果，结果不予输出',
  invalid_product: byPattern(
    '数据产品登记信息不符合要求',
    when(/^a dataset product /, () => '数据集类产品须指定一个已放行的运行（runId），且不得指定模型'),
    when(/^an api product /, () => '接口类产品须指定一个已批准的模型（modelId），且不得指定运行'),
  ),
  parameter_domains_required: '接口类产品无需人工审核即可应答，批准时须为每个参数指定允许的取值范围，具体见 details',
  parameter_outside_domain: '参数超出审核批准的取值范围，具体见 details',
  wrong_product_kind: byPattern(
    '该数据产品的类型不支持此操作',
    when(/^this is a (\S+) product$/, (kind) => `该数据产品为${PRODUCT_KINDS[kind] ?? kind}（${kind}），不支持此操作`),
  ),
  product_not_registered: byPattern(
    '该数据产品尚未登记，暂不提供服务',
    when(/^the product is (\S+)$/, (status) => `该数据产品当前为${zhState(status)}，尚未登记，暂不提供服务`),
  ),
  gone: byPattern(
    '请求的资源已不可用',
    when(/^the sandbox is sealed$/, () => '数据沙箱已封存，不再提供访问'),
    when(/^the sandbox was sealed while the query ran$/, () => '数据沙箱在查询运行期间被封存，查询已停止'),
    when(/^the (sandbox|agreement) is (\S+)$/, (what, status) => `${what === 'sandbox' ? '数据沙箱' : '授权运营协议'}当前为${zhState(status)}，不再提供访问`),
    when(/^the product ended with its agreement$/, () => '该数据产品已随授权运营协议的终止而停用'),
  ),
};
