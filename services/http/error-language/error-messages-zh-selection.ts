/**
 * Chinese messages for the codes of selecting operators and what they may apply for: calls
 * (征集), qualifications (资格), the directory (授权运营目录) and filed evidence. Keyed by error code.
 */
import { byPattern, when, zhState, type ZhMessage } from './zh-specifics';

export const zhSelectionMessages: Record<string, ZhMessage> = {
  invalid_call: '征集公告的截止时间须晚于当前时间',
  unknown_call: '征集公告不存在',
  call_closed: '该征集已结束或已过截止时间，不再接受申请',
  already_submitted: '本单位对该征集已有一份正在审核的资格申请',
  already_reviewed: byPattern(
    '该资格申请已审核',
    when(/^the qualification is already (\S+)$/, (status) => `该资格申请已审核，当前为${zhState(status)}`),
  ),
  invalid_term: byPattern(
    '期限不符合要求',
    when(/^the term of a qualification ends in the future, within five years$/, () => '资格有效期须晚于当前时间，且不超过五年'),
    when(/^the partnership’s term is not acceptable$/, () => '合作期限须晚于开始时间，且晚于当前时间'),
  ),
  not_qualified: '本单位没有有效的运营单位资格，请先响应主管部门的征集并通过资格审核',
  not_qualified_status: '只有处于“已具备资格”状态的资格才能撤销',
  operator_not_qualified: '该运营单位已无有效资格：须重新取得资格后，才能批准其申请或恢复其协议',
  invalid_file: '附件不是有效的 base64 编码',
  file_too_large: '单个附件不能超过 5 MiB',
  invalid_entry: '目录条目无法提交，请检查数据集、字段与开放类型',
  unknown_dataset: '数据集不存在',
  changed_meanwhile: '数据已被他人同时修改，请刷新后重试',
  invalid_partner: byPattern(
    '运营合作方信息有误',
    when(/^a partner is another organisation$/, () => '运营合作方须为运营单位以外的其他单位'),
    when(/^no accepted partner with this id$/, () => '不存在已备案通过的该运营合作方'),
    when(/^the principal’s unit must be the partner’s$/, () => '合作方账号的单位须与备案的运营合作方一致'),
    when(/^partnerId names the partner of a partner principal, and only of one$/, () => '仅“运营合作方”角色的账号须且只能填写 partnerId'),
  ),
  not_accepted: '只有已备案通过的运营合作方才能调整权限',
  already_ended: '该合作已结束或备案未通过',
  partner_reports: '定期报备须逐一报告本期内在册的每个运营合作方，且不得列入其他单位',
  not_in_directory: '申请的数据集、字段或应用场景不在当前授权运营目录中',
};
