/**
 * Chinese for the `details[].message` of quality feedback and periodic filings. Keyed by English
 * template (see zh-templates.ts); a detail names the field and the kind of a refused value, never
 * the value.
 */
import type { ZhTemplates } from './zh-templates';

export const zhReportingDetailMessages: ZhTemplates = {
  'contains what looks like a resident ID number': () => '含有疑似居民身份证号码的内容',
  'contains what looks like a mobile number': () => '含有疑似手机号码的内容',
  'contains what looks like a bank card number': () => '含有疑似银行卡号的内容',
  'contains what looks like an e-mail address': () => '含有疑似电子邮箱地址的内容',
  'not a dataset of this agreement': () => '不是本授权协议中的数据集',
  'not a column this agreement grants': () => '不是本授权协议授权使用的字段',
  'only for an example from a released run': () => '仅在引用已放行的运行结果时填写',
  'not a released run of this agreement': () => '不是本授权协议下已放行的运行结果',
  'not a period of this agreement’s filing schedule': () => '不是本协议报备计划中的报备期',
  'the period has not begun': () => '该报备期尚未开始',
  'a period such as 2026-03, 2026-Q1, 2026-H1 or 2026': () => '报备期格式应为 2026-03、2026-Q1、2026-H1 或 2026',
  'a SHA-256 in lower-case hex': () => '应为小写十六进制的 SHA-256 值',

  // Evidence files (services/evidence): attachments as JSON uploads.
  'a file name without / or \\': () => '文件名不能包含 / 或 \\',
  'a media type such as application/pdf': () => '应为媒体类型，如 application/pdf',
  'base64 bytes': () => '应为 base64 编码的文件内容',
  'not valid base64': () => '不是有效的 base64 编码',
  'at most {n} bytes': (n) => `不得超过 ${n} 字节`,
};
