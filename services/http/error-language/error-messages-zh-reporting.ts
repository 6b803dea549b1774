/**
 * Chinese messages for the codes of reporting between the parties: quality feedback (质量反馈),
 * periodic filings (定期报备) and the evidence files they carry. Keyed by error code.
 */
import { byPattern, when, zhState, type ZhMessage } from './zh-specifics';

export const zhReportingMessages: Record<string, ZhMessage> = {
  personal_value: '质量反馈不得包含个人信息：请以开发副本（模拟数据）或已放行的输出结果描述问题，不要填写任何人的证件号、手机号、银行卡号或电子邮箱',
  not_in_agreement: '该授权协议不包含此数据集',
  column_not_granted: '该授权协议未授权使用此字段',
  invalid_example: '示例只能引用开发副本，或本协议下已放行的运行结果',
  agreement_ended: byPattern(
    '授权协议已结束，不能再提出质量反馈',
    when(/^the agreement is (\S+);/, (status) => `授权协议当前为${zhState(status)}，只有生效中或已暂停的协议才能提出质量反馈`),
  ),
  feedback_closed: '该质量反馈已关闭',
  not_answered: '请先答复该质量反馈，再关闭',
  already_filed: byPattern(
    '该期已报备，如需修改请提交更正',
    when(/^the period (\S+) is filed already/, (period) => `${period} 期已报备，如需修改请提交更正`),
  ),
  unknown_period: '该报备期不在本协议的报备计划内',
  period_not_started: '该报备期尚未开始，暂不能报备',
  filing_schedule_in_use: '本协议已有报备或逾期记录，不能再更改报备周期（宽限天数仍可调整）',
  invalid_file: '附件不是有效的 base64 编码',
  file_too_large: '附件超过平台允许的大小',
};
