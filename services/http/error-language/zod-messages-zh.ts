/**
 * Chinese for request validation messages (services/http/validation-details.ts and the rule-set
 * validator's schema issues): zod's own English messages (its `en` locale, every template of
 * which the test finds here), and the messages the platform's request schemas give themselves.
 * What zod quotes (expected literals, options, unknown keys, a pattern) passes as it is.
 */
import { gapAfter } from './zh-placeholders';
import type { ZhTemplates } from './zh-templates';

/** How the `undefined` zod receives for a missing field reads in Chinese (zh-placeholders). */
const MISSING = '空（未提供）';

export const zhZodMessages: ZhTemplates = {
  'Invalid input': () => '输入无效',
  'Invalid input: more than one option matched': () => '输入无效：同时符合多个选项',
  'Invalid input: expected {ztype}, received {ztype}': (expected, received) =>
    (received === MISSING ? `必填，应为${expected}` : `类型不符：应为${expected}，实际为${received}`),
  'Invalid input: expected {text}': (value) => `取值无效：应为 ${value}`,
  'Invalid option: expected one of {text}': (options) => `取值无效：应为以下选项之一 ${options}`,
  'Too big: expected {ztype} to have {zcompare}{n} {zunit}': (origin, compare, n, unit) => `${gapAfter(origin)}长度超出上限：应${compare} ${n} ${unit}`,
  'Too big: expected {ztype} to be {zcompare}{n}': (origin, compare, n) => `${gapAfter(origin)}过大：应${compare} ${n}`,
  'Too small: expected {ztype} to have {zcompare}{n} {zunit}': (origin, compare, n, unit) => `${gapAfter(origin)}长度不足：应${compare} ${n} ${unit}`,
  'Too small: expected {ztype} to be {zcompare}{n}': (origin, compare, n) => `${gapAfter(origin)}过小：应${compare} ${n}`,
  'Invalid string: must start with "{text}"': (prefix) => `字符串格式无效：必须以 "${prefix}" 开头`,
  'Invalid string: must end with "{text}"': (suffix) => `字符串格式无效：必须以 "${suffix}" 结尾`,
  'Invalid string: must include "{text}"': (part) => `字符串格式无效：必须包含 "${part}"`,
  'Invalid string: must match pattern {text}': (pattern) => `字符串格式无效：必须符合 ${pattern}`,
  'Invalid {zformat}': (format) => `${gapAfter(format)}格式无效`,
  'Invalid number: must be a multiple of {n}': (n) => `数值无效：必须是 ${n} 的倍数`,
  'Unrecognized key: {text}': (keys) => `不支持的字段：${keys}`,
  'Unrecognized keys: {text}': (keys) => `不支持的字段：${keys}`,
  'Invalid key in {ztype}': (origin) => `${gapAfter(origin)}中的键无效`,
  'Invalid value in {ztype}': (origin) => `${gapAfter(origin)}中的取值无效`,
  'Invalid discriminator value. Expected {text}': (options) => `类型标识取值无效：应为 ${options} 之一`,

  // The request schemas' own messages.
  'a rule-set version number': () => '应为脱敏规则的版本号',
  'lower-case identifier': () => '应为小写标识符（小写字母、数字或下划线，不以数字开头）',
  'letters, digits, spaces, dot, underscore or hyphen': () => '只能包含字母、数字、空格、点、下划线或连字符',
  'k may never be below 3': () => 'k 不得小于 3',
};
