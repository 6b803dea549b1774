/**
 * The demo: on an empty data directory, source units register realistic generated datasets
 * and their rule sets and propose them for the directory, which the authority publishes; the
 * authority opens a call and qualifies an operator, which applies, every source consents, the authority approves and
 * the sandbox is provisioned. Every step goes through the real HTTP API (on a private loopback
 * listener), so the demo is audited exactly like real use. Tokens go to `<dataDir>/demo-tokens.json` (0600).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Platform } from '../composition-root';
import { packageRoot } from '../config/version';
import { demoDatasets } from './demo-datasets';

export type DemoSummary = { tokensFile: string; agreementId: string; sandboxId: string; datasets: Record<string, string> };

const RULES_DIR = path.join(packageRoot, 'masking-rules', 'demo');
const SIZES = { residents: 2000, enterprises: 300, social_insurance: 6000 };

export async function seedDemo(platform: Platform, authorityToken: string, onStep: (done: number, total: number, what: string) => void = () => undefined): Promise<DemoSummary> {
  const server = platform.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  const call = async (token: string, method: string, url: string, body?: unknown, type = 'application/json') => {
    const res = await fetch(`${base}${url}`, {
      method, headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': type }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`demo step ${method} ${url} failed: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const total = 14;
  let done = 0;
  const step = (what: string) => onStep(++done, total, what);
  try {
    const tokens: Record<string, { token: string; role: string; unit: string }> = {};
    const datasets: Record<string, string> = {};
    for (const [key, spec] of Object.entries(demoDatasets)) {
      const source = await call(authorityToken, 'POST', '/principals', { name: spec.owner.name, role: 'source', unit: spec.owner.unit });
      tokens[spec.owner.name] = { token: String(source.token), role: 'source', unit: spec.owner.unit };
      const dataset = await call(String(source.token), 'POST', '/datasets', spec.schema);
      datasets[key] = String(dataset.id);
      const rows = key === 'social_insurance' ? demoDatasets.social_insurance.rows(SIZES.social_insurance, SIZES.residents, SIZES.enterprises) : demoDatasets[key as 'residents'].rows(SIZES[key as 'residents']);
      await call(String(source.token), 'PUT', `/datasets/${dataset.id}/data`, rows, 'text/csv');
      step(`${key}: registered and uploaded`);
      const rules = fs.readFileSync(path.join(RULES_DIR, `${key.replace('_', '-')}.yaml`), 'utf8');
      const stored = await call(String(source.token), 'PUT', `/datasets/${dataset.id}/masking-rules`, rules, 'application/yaml');
      // Rules that keep a personal or identifier column in clear need the authority's approval.
      const versions = await call(authorityToken, 'GET', `/datasets/${dataset.id}/masking-rules`);
      const mine = (versions.versions as { version: number; approval?: { status: string } }[]).find((v) => v.version === Number(stored.version));
      if (mine?.approval?.status === 'pending') await call(authorityToken, 'POST', `/datasets/${dataset.id}/masking-rules/${String(stored.version)}/approval`, { decision: 'approve', comment: '演示：保留字段理由充分' });
      step(`${key}: rules stored`);
    }
    // The directory (授权运营目录): each source unit proposes its dataset, the authority publishes.
    for (const [key, spec] of Object.entries(demoDatasets)) {
      const columns = spec.schema.columns.map((c) => c.name);
      const proposal = await call(tokens[spec.owner.name].token, 'POST', '/directory/proposals', {
        datasetId: datasets[key], columns, scenarios: [], openness: spec.schema.openness === 'unconditional' ? 'unconditional' : 'conditional', note: '申请列入授权运营目录',
      });
      await call(authorityToken, 'POST', `/directory/proposals/${String(proposal.id)}/decision`, { decision: 'publish', comment: '经审核，列入授权运营目录' });
    }
    step('directory published');
    const operator = await call(authorityToken, 'POST', '/principals', { name: '示例数据科技有限公司', role: 'operator', unit: '深圳示例数据科技有限公司' });
    tokens['示例数据科技有限公司'] = { token: String(operator.token), role: 'operator', unit: '深圳示例数据科技有限公司' };
    // Selecting the operator (Ch. 3): a call, the unit's qualification material, the authority's review.
    const demoCall = await call(authorityToken, 'POST', '/calls', {
      title: '光明区公共数据授权运营单位征集（2026年度）',
      requirements: '在光明区依法登记的企业法人；具备数据安全管理制度、专职安全人员与等级保护三级以上的运营环境；近三年无重大数据安全事件。',
      scenarios: ['就业与社保服务分析', '产业规划分析'],
      deadline: new Date(platform.clock.now().getTime() + 90 * 24 * 3600 * 1000).toISOString(),
    });
    const applied = await call(String(operator.token), 'POST', '/qualifications', {
      callId: demoCall.id, statement: '本公司具备数据安全管理体系与专业运营团队，承诺依法依规开展授权运营。',
      materials: [{ name: '数据安全管理制度.txt', contentType: 'text/plain', base64: Buffer.from('深圳示例数据科技有限公司 数据安全管理制度（演示材料）').toString('base64') }],
    });
    await call(authorityToken, 'POST', `/qualifications/${String(applied.id)}/review`, { decision: 'qualified', reasons: '材料齐全，符合征集要求' });
    step('call opened and operator qualified');
    const auditor = await call(authorityToken, 'POST', '/principals', { name: '第三方评估机构', role: 'auditor', unit: '第三方评估机构' });
    tokens['第三方评估机构'] = { token: String(auditor.token), role: 'auditor', unit: '第三方评估机构' };
    step('operator and auditor created');
    const now = platform.clock.now();
    const application = await call(String(operator.token), 'POST', '/applications', {
      scenario: '光明区就业与社保服务分析', purpose: '按街道、年龄段统计参保与缴费情况，为就业帮扶政策提供依据',
      datasets: [
        { datasetId: datasets.residents, columns: ['id_number', 'gender', 'birth_date', 'street', 'income'] },
        { datasetId: datasets.social_insurance, columns: ['id_number', 'month', 'insured_type', 'amount', 'employer_code'] },
        { datasetId: datasets.enterprises, columns: ['credit_code', 'industry', 'street', 'registered_capital'] },
      ],
      startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 365 * 24 * 3600 * 1000).toISOString(),
    });
    for (const [key, spec] of Object.entries(demoDatasets)) {
      await call(tokens[spec.owner.name].token, 'POST', `/applications/${application.id}/consents`, { datasetId: datasets[key], decision: 'approve', comment: '同意在约定场景内使用' });
    }
    step('application submitted and consented');
    const decision = await call(authorityToken, 'POST', `/applications/${application.id}/decision`, { decision: 'approve', comment: '符合公共数据授权运营要求，予以批准' });
    await platform.provisioner.settle(String(decision.sandboxId));
    step('approved and provisioned');
    // An examiner (模型查验机构) entrusted with this agreement: the second reviewer of its releases
    // (the demo's data are important, so every release needs two).
    const examiner = await call(authorityToken, 'POST', '/principals', { name: '深圳市数据安全检测中心', role: 'examiner', unit: '深圳市数据安全检测中心' });
    tokens['深圳市数据安全检测中心'] = { token: String(examiner.token), role: 'examiner', unit: '深圳市数据安全检测中心' };
    await call(authorityToken, 'POST', '/entrustments', { examinerId: examiner.id, agreementId: decision.agreementId, note: '受托开展模型查验与出域审核' });
    step('examiner entrusted');
    // A partner (运营合作方) of the operator, accepted for dev work, with a principal; quality
    // feedback answered by the source unit; the operator's filing for the current quarter.
    const partner = await call(String(operator.token), 'POST', '/partners', {
      name: '深圳示例算法有限公司', unit: '深圳示例算法有限公司', duties: '协助开发就业与社保统计模型（仅开发环境）',
      startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 365 * 24 * 3600 * 1000).toISOString(),
      documents: [{ name: '合作协议.txt', contentType: 'text/plain', base64: Buffer.from('深圳示例数据科技有限公司与深圳示例算法有限公司合作协议（演示）').toString('base64') }],
    });
    await call(authorityToken, 'POST', `/partners/${String(partner.id)}/decision`, { decision: 'accept', comment: '备案材料齐全，准予在开发环境协作' });
    const partnerPrincipal = await call(authorityToken, 'POST', '/principals', { name: '示例算法工程师', role: 'partner', unit: '深圳示例算法有限公司', partnerId: partner.id });
    tokens['示例算法工程师'] = { token: String(partnerPrincipal.token), role: 'partner', unit: '深圳示例算法有限公司' };
    const feedback = await call(String(operator.token), 'POST', '/feedback', {
      agreementId: decision.agreementId, datasetId: datasets.residents, column: 'street', category: 'consistency',
      description: '开发环境中“街道”字段同时出现“光明街道”和“光明”两种写法，统计时需要合并。',
    });
    const residentsOwner = demoDatasets.residents.owner.name;
    await call(tokens[residentsOwner].token, 'POST', `/feedback/${String(feedback.id)}/answers`, { text: '已核实，下一版数据统一为“光明街道”。' });
    const shanghai = new Date(now.getTime() + 8 * 3600 * 1000);
    await call(String(operator.token), 'POST', '/filings', {
      agreementId: decision.agreementId, period: `${shanghai.getUTCFullYear()}-Q${Math.floor(shanghai.getUTCMonth() / 3) + 1}`,
      text: '本季度完成沙箱环境搭建与模型开发，未发生数据安全事件。', attachments: [],
      partnerReports: [{ partnerId: partner.id, report: '合作方按备案职责在开发环境协助建模，未接触线上数据。' }],
    });
    step('partner, feedback and filing');
    const tokensFile = path.join(platform.config.dataDir, 'demo-tokens.json');
    fs.writeFileSync(tokensFile, JSON.stringify({ principals: tokens, agreementId: decision.agreementId, sandboxId: decision.sandboxId, datasets }, null, 2), { mode: 0o600 });
    step('tokens written');
    return { tokensFile, agreementId: String(decision.agreementId), sandboxId: String(decision.sandboxId), datasets };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
