/**
 * Chinese for the evidence of column detection (`POST /datasets/:id/detect`,
 * masking-rules/detection): why a column was taken for a resident ID, a name, an amount… The
 * English evidence is written in words, never digits, and has every sampled value scrubbed to
 * `…`; the Chinese takes its shares, semantics and keywords from it and adds no sampled value.
 * Keyed by English template (see zh-templates.ts).
 */
import type { ZhTemplates } from './zh-templates';

const REVIEW = '在审核人员另行决定前，建议删除该列';

export const zhEvidenceMessages: ZhTemplates = {
  'column name "{text}" matches the {label} keyword "{text}"': (column, label, keyword) => `列名“${column}”与“${label}”的关键词“${keyword}”相符`,
  'column description matches the {label} keyword "{text}"': (label, keyword) => `列说明与“${label}”的关键词“${keyword}”相符`,
  'few distinct short values relative to the sample size': () => '相对于样本量，不同的短取值较少',
  '{share} of the sampled values are text, mostly distinct': (share) => `${share}抽样取值为文本，且大多互不相同`,
  '{share} of the sampled values are numeric': (share) => `${share}抽样取值为数值`,
  '{share} of the sampled values pass the {label} check': (share, label) => `${share}抽样取值通过${label}校验`,
  '{share} of the sampled values pass only with a warning (such as a failed check digit), counted as weaker evidence': (share) =>
    `${share}抽样取值仅在带有警告的情况下通过校验（如校验位不符），作为较弱的依据计入`,
  'the sampled values do not support the {label} suggested by the column metadata': (label) => `抽样取值不支持列元数据所提示的“${label}”`,
  'all sampled values are booleans': () => '抽样取值均为布尔值',
  'sampled values match no known pattern; dropped until a reviewer decides otherwise': () => `抽样取值不符合任何已知模式；${REVIEW}`,
  'column name not recognised; dropped until a reviewer decides otherwise': () => `未能识别列名；${REVIEW}`,
  'column name looks like a record key; pseudonymized so rows stay joinable': () => '列名看似记录主键；建议假名化处理，以便各行仍可关联',
  'dates span several decades in a plausible birth-date range': () => '日期跨越数十年，且处于合理的出生日期范围内',
  'no sampled numbers: the noise scale is a placeholder to review': () => '抽样中没有数值：噪声尺度为占位值，请复核',
  'noise scale is about five percent of the median magnitude in the sample, rounded': () => '噪声尺度约为样本取值中位数绝对值的百分之五，并已取整',
  'no non-empty sampled values, so the suggestion rests on the column metadata only': () => '抽样中没有非空取值，建议仅依据列元数据作出',
  'declared boolean type': () => '登记类型为布尔型',
  'declared date type': () => '登记类型为日期型',
  'declared numeric type': () => '登记类型为数值型',
};
