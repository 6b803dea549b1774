/**
 * Documentation for request fields that mean the same wherever they appear: path ids (named by
 * the resource their path is under), decisions, comments, reasons, paging and formats. A
 * field's own `.meta({ description, example })` in its zod schema always wins; these fill in only
 * where a schema says nothing, so each meaning is written once.
 */
export type FieldDoc = { description: string; example: unknown };

const uuid = '0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90';

/** The resource each path segment names, and how its ids look. */
const RESOURCES: Record<string, { noun: string; prefix: string }> = {
  agreements: { noun: 'agreement (授权运营协议)', prefix: 'agr_' },
  applications: { noun: 'application (申请)', prefix: 'app_' },
  calls: { noun: 'call for operators (征集)', prefix: 'call_' },
  datasets: { noun: 'dataset (公共数据资源)', prefix: 'ds_' },
  proposals: { noun: 'directory proposal (目录提议)', prefix: 'dirp_' },
  entries: { noun: 'dataset whose directory entry is meant', prefix: 'ds_' },
  entrustments: { noun: 'entrustment of an examiner (委托)', prefix: 'ent_' },
  feedback: { noun: 'quality feedback (质量反馈)', prefix: 'fbk_' },
  filings: { noun: 'filing (定期报备)', prefix: 'fil_' },
  models: { noun: 'model (模型)', prefix: 'mdl_' },
  partners: { noun: 'partner (运营合作方)', prefix: 'ptn_' },
  principals: { noun: 'principal', prefix: 'prn_' },
  products: { noun: 'data product or service (数据产品和服务)', prefix: 'prd_' },
  qualifications: { noun: 'qualification (资质审核)', prefix: 'qual_' },
  'risk-reports': { noun: 'risk report (风险报备)', prefix: 'rsk_' },
  runs: { noun: 'model run (运行)', prefix: 'run_' },
  sandboxes: { noun: 'sandbox (数据沙箱)', prefix: 'sbx_' },
};

/** A path parameter's doc from the segment before it: `/datasets/:id` is a dataset's id. */
export function pathParameterDoc(path: string, name: string): FieldDoc | undefined {
  const segments = path.split('/');
  const at = segments.indexOf(`:${name}`);
  if (name === 'sha256') return { description: 'The SHA-256 (lower-case hex) of the attached file, as listed on its record', example: 'a3f1'.repeat(16) };
  if (name === 'version') return { description: 'A version number, from 1', example: '2' };
  const resource = RESOURCES[segments[at - 1] ?? ''];
  if (!resource) return undefined;
  return { description: `The id of the ${resource.noun}; another tenant's record answers 404`, example: `${resource.prefix}${uuid}` };
}

/** Fields with one meaning everywhere. */
export const commonFields: Record<string, FieldDoc> = {
  decision: { description: 'The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)', example: 'approve' },
  comment: { description: 'A comment recorded with the decision and shown to the parties (at most 2,000 characters)', example: '材料齐全，同意。' },
  reason: { description: 'Why, in words the parties will read; recorded in the audit log', example: '发现疑似数据泄露，暂停使用以便核查' },
  note: { description: 'A free-text note recorded with the record', example: '已电话确认' },
  cursor: { description: 'The opaque cursor from the previous page’s nextCursor; omit for the first page', example: 'YXNjOjEwMA' },
  limit: { description: 'How many records to return at most', example: 50 },
  order: { description: 'asc: oldest first; desc: newest first', example: 'desc' },
  lang: { description: 'The language of the document: zh-CN (default) or en', example: 'zh-CN' },
  datasetId: { description: 'The id of a dataset (公共数据资源)', example: `ds_${uuid}` },
  agreementId: { description: 'The id of an agreement (授权运营协议)', example: `agr_${uuid}` },
  partnerId: { description: 'The id of a partner (运营合作方) filed with the authority', example: `ptn_${uuid}` },
  runId: { description: 'The id of a released model run', example: `run_${uuid}` },
  modelId: { description: 'The id of an approved model', example: `mdl_${uuid}` },
  examinerId: { description: 'The id of an examiner principal (模型查验机构)', example: `prn_${uuid}` },
  callId: { description: 'The id of the call for operators (征集) this answers', example: `call_${uuid}` },
  startsAt: { description: 'When it starts (ISO 8601 with an offset)', example: '2026-03-01T00:00:00+08:00' },
  endsAt: { description: 'When it ends (ISO 8601 with an offset); after startsAt', example: '2026-12-31T23:59:59+08:00' },
  contentType: { description: 'The attached file’s media type', example: 'application/pdf' },
  base64: { description: 'The attached file’s bytes in base64', example: 'JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K' },
  text: { description: 'The text of the statement, in the words the reader will see', example: '本期未发生数据安全事件。' },
  description: { description: 'A description for the people who will read the record', example: '光明区常住人口基本信息，按季度更新' },
  title: { description: 'A human-readable title', example: '光明区常住人口' },
  format: { description: 'The format of the answer, one of the values listed', example: 'csv' },
  status: { description: 'Only records in this status, one of the values listed', example: 'submitted' },
};

/**
 * Docs for the fields of routes whose files belong to others' work in progress (the subject
 * request routes), kept here until they carry their own `.meta()`.
 */
export const operationFields: Record<string, Record<string, FieldDoc>> = {
  'subject.request': {
    semantic: { description: 'What kind of identifier the value is (the semantic of the column that holds it)', example: 'cn_id' },
    value: { description: 'The person’s identifier, e.g. a resident ID number; it is hashed at once and never stored or logged', example: '110101199003074518' },
  },
};
