/**
 * The Chinese error catalogue: one message per error code the platform can produce (the test
 * `test/api/error-language.test.ts` finds the codes in the sources and fails on one missing
 * here), and one generic message per HTTP status for a code the catalogue does not know.
 */
import { zhCatalogMessages } from './error-messages-zh-catalog';
import { zhGovernanceMessages } from './error-messages-zh-governance';
import { zhReportingMessages } from './error-messages-zh-reporting';
import { zhRegistrationMessages } from './error-messages-zh-registration';
import { zhRequestMessages } from './error-messages-zh-requests';
import { zhSelectionMessages } from './error-messages-zh-selection';
import { zhWorkflowMessages } from './error-messages-zh-workflow';
import { zhWorkspaceMessages } from './error-messages-zh-workspace';
import type { ZhMessage } from './zh-specifics';

export const zhErrorMessages: Readonly<Record<string, ZhMessage>> = {
  ...zhRequestMessages,
  ...zhCatalogMessages,
  ...zhWorkflowMessages,
  ...zhWorkspaceMessages,
  ...zhGovernanceMessages,
  ...zhSelectionMessages,
  ...zhReportingMessages,
  ...zhRegistrationMessages,
};

export const zhStatusMessages: Readonly<Record<number, string>> = {
  400: '请求有误，请检查后重试',
  401: '未通过身份认证，请提供有效的访问令牌',
  403: '当前角色无权执行此操作',
  404: '请求的资源不存在',
  408: '请求处理超时，请稍后重试',
  409: '请求与资源的当前状态冲突',
  410: '请求的资源已不可用',
  413: '请求或结果超过平台允许的大小',
  415: '不支持该请求体格式',
  422: '请求内容无法处理，请检查后重试',
  429: '请求过于频繁，请稍后重试',
  499: '客户端已断开连接',
  500: '服务器内部错误，请稍后重试',
  503: '服务暂时不可用，请稍后重试',
  507: '平台存储空间不足，请稍后重试',
};
