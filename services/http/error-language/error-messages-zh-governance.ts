/**
 * Chinese messages for the codes of governance: entrustments of examiners, the separation of
 * duties in review (two-person release, a model's approver), refusals and coordination. Keyed by
 * error code.
 */
import { byPattern, when, zhState, type ZhMessage } from './zh-specifics';

export const zhGovernanceMessages: Record<string, ZhMessage> = {
  not_an_examiner: '只能委托角色为“模型查验机构”且未注销的账号',
  unknown_agreement: '授权协议不存在',
  already_entrusted: '该查验机构在此范围内已有有效委托',
  separation_of_duties: byPattern(
    '按职责分离要求，您不能执行此项操作',
    when(/^the second approval must come from a different reviewer$/, () => '双人复核：第二次同意须由另一位审核人作出'),
    when(/^the reviewer who approved the model may not give the second approval of its run$/, () => '双人复核：批准该模型的审核人不能作为第二位审核人放行其运行结果'),
    when(/^a reviewer of the operator’s own unit may not review its models or outputs$/, () => '审核人与运营单位属同一单位，不能审核其模型或输出结果'),
  ),
  reason_required: '拒绝须填写理由（comment），运营单位与主管部门都将看到',
  not_refused: byPattern(
    '该申请不处于“数源单位已拒绝”状态，无需协调',
    when(/^the application is (\S+); only a refused application is coordinated$/, (status) => `该申请当前为${zhState(status)}，只有数源单位已拒绝的申请才能协调`),
    when(/^this dataset was not refused$/, () => '该数据集未被拒绝，无需协调'),
    when(/^the application changed meanwhile$/, () => '该申请已被他人同时处理，请刷新后重试'),
  ),
  already_coordinated: '该数据集的拒绝决定已协调过一次，不能再次协调',
  not_open: '该风险报备已确认或已关闭',
  not_acknowledged: '风险报备须先确认知悉，才能关闭；已关闭的不能再次关闭',
  agreement_not_active: byPattern(
    '授权协议未处于有效状态，不能放行输出结果',
    when(/^the agreement is (\S+); outputs are released only under an active agreement$/, (status) => `授权协议当前为${zhState(status)}，只有有效协议下的输出结果才能放行`),
  ),
};
