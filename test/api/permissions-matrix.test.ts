/**
 * Walks every route × every role and holds the code to policies/permissions-matrix.md.
 * A route that is declared but missing from the table (or the reverse) fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { roles, type Role } from '../../policies/roles';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { MatrixWorld, smallDataset, type Target } from '../fixtures/matrix-world';
import { fixtureMaterial, fixtureMaterialSha256 } from '../fixtures/selection-fixtures';

type Expectation = '2xx' | '403' | '404' | 'own';

function readMatrix(): Map<string, Record<Role, Expectation>> {
  const text = fs.readFileSync(path.join(__dirname, '../../policies/permissions-matrix.md'), 'utf8');
  const rows = new Map<string, Record<Role, Expectation>>();
  const lines = text.split('\n').filter((l) => /^\| (GET|POST|PUT|DELETE) /.test(l));
  for (const line of lines) {
    const [route, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim());
    rows.set(route, Object.fromEntries(roles.map((r, i) => [r, cells[i] as Expectation])) as Record<Role, Expectation>);
  }
  return rows;
}

/** How to call each route: the path to use and a body (JSON, or [content type, text]). */
type Call = { path: (target: Target) => Promise<string>; body?: (target: Target) => Promise<object | [string, string]> };
const calls: Record<string, Call> = {
  'POST /principals': { path: async () => '/principals', body: async () => ({ name: `p-${Math.random().toString(36).slice(2)}`, role: 'operator', unit: 'u' }) },
  'GET /principals': { path: async () => '/principals' },
  'GET /principals/:id': { path: async (t) => `/principals/${await t.principalId()}` },
  'DELETE /principals/:id': { path: async (t) => `/principals/${await t.principalId()}` },
  'POST /datasets': { path: async () => '/datasets', body: async () => smallDataset() },
  'GET /datasets': { path: async () => '/datasets' },
  'GET /datasets/:id': { path: async (t) => `/datasets/${await t.datasetId()}` },
  'GET /datasets/:id/versions': { path: async (t) => `/datasets/${await t.datasetId()}/versions` },
  'PUT /datasets/:id/data': { path: async (t) => `/datasets/${await t.datasetId()}/data`, body: async () => ['text/csv', 'street\n光明街道\n'] },
  'PUT /datasets/:id/masking-rules': { path: async (t) => `/datasets/${await t.datasetId()}/masking-rules`, body: async () => ['application/yaml', 'columns: {}\n'] },
  'GET /datasets/:id/masking-rules': { path: async (t) => `/datasets/${await t.datasetId()}/masking-rules` },
  'POST /datasets/:id/masking-rules/:version/approval': {
    path: async (t) => `/datasets/${await t.pendingRulesDatasetId()}/masking-rules/1/approval`, body: async () => ({ decision: 'approve', comment: 'matrix' }),
  },
  'POST /datasets/:id/masking-rules/preview': { path: async (t) => `/datasets/${await t.datasetId()}/masking-rules/preview`, body: async () => ({ limit: 5 }) },
  'POST /datasets/:id/detect': { path: async (t) => `/datasets/${await t.datasetId()}/detect` },
  'POST /applications': {
    path: async () => '/applications',
    body: async (t) => ({ scenario: 's', purpose: 'p', datasets: [{ datasetId: await t.datasetId(), columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' }),
  },
  'GET /applications': { path: async () => '/applications' },
  'GET /applications/:id': { path: async (t) => `/applications/${await t.applicationId()}` },
  'POST /applications/:id/consents': { path: async (t) => `/applications/${await t.applicationId()}/consents`, body: async (t) => ({ datasetId: await t.datasetId(), decision: 'approve', comment: 'ok' }) },
  'POST /applications/:id/coordination': {
    path: async (t) => `/applications/${await t.refusedApplicationId()}/coordination`, body: async (t) => ({ datasetId: await t.datasetId(), note: '请重新考虑' }),
  },
  'POST /applications/:id/decision': { path: async (t) => `/applications/${await t.consentedApplicationId()}/decision`, body: async () => ({ decision: 'approve' }) },
  'GET /agreements': { path: async () => '/agreements' },
  'GET /agreements/:id': { path: async (t) => `/agreements/${await t.agreementId()}` },
  'POST /agreements/:id/suspend': { path: async (t) => `/agreements/${await t.agreementId()}/suspend`, body: async () => ({ reason: 'risk stop' }) },
  'POST /agreements/:id/resume': { path: async (t) => `/agreements/${await t.suspendedAgreementId()}/resume`, body: async () => ({ reason: 'resolved' }) },
  'POST /agreements/:id/terminate': { path: async (t) => `/agreements/${await t.agreementId()}/terminate`, body: async () => ({ reason: 'breach' }) },
  'GET /agreements/:id/certificate': { path: async (t) => `/agreements/${await t.destroyedAgreementId()}/certificate` },
  'GET /agreements/:id/settings': { path: async (t) => `/agreements/${await t.agreementId()}/settings` },
  'PUT /agreements/:id/settings': { path: async (t) => `/agreements/${await t.agreementId()}/settings`, body: async () => ({ kMin: 12 }) },
  'POST /sandboxes/:id/query': { path: async (t) => `/sandboxes/${await t.sandboxId()}/query`, body: async () => ({ sql: 'SELECT 1 AS one', tier: 'dev' }) },
  'GET /sandboxes/:id/schema': { path: async (t) => `/sandboxes/${await t.sandboxId()}/schema` },
  'POST /sandboxes/:id/models': { path: async (t) => `/sandboxes/${await t.sandboxId()}/models`, body: async () => ({ name: 'n', sql: 'SELECT 1 AS one', purpose: 'p' }) },
  'GET /sandboxes/:id/models': { path: async (t) => `/sandboxes/${await t.sandboxId()}/models` },
  'GET /models/:id': { path: async (t) => `/models/${await t.modelId()}` },
  'POST /models/:id/review': { path: async (t) => `/models/${await t.modelId()}/review`, body: async () => ({ decision: 'approve' }) },
  'POST /models/:id/runs': { path: async (t) => `/models/${await t.approvedModelId()}/runs`, body: async () => ({}) },
  'GET /runs/:id': { path: async (t) => `/runs/${await t.runId()}` },
  'POST /runs/:id/release': { path: async (t) => `/runs/${await t.runId()}/release`, body: async () => ({ decision: 'approve' }) },
  'GET /runs/:id/review': { path: async (t) => `/runs/${await t.runId()}/review` },
  'GET /sandboxes/:id/runs': { path: async (t) => `/sandboxes/${await t.sandboxId()}/runs` },
  'GET /runs/:id/output': { path: async (t) => `/runs/${await t.releasedRunId()}/output` },
  'GET /outputs/trace': { path: async (t) => `/outputs/trace?fingerprint=${await t.fingerprint()}` },
  'POST /products': { path: async () => '/products', body: async (t) => ({ name: 'p', kind: 'api', modelId: await t.approvedModelId(), description: 'd' }) },
  'POST /products/:id/review': { path: async (t) => `/products/${await t.productId()}/review`, body: async () => ({ decision: 'approve' }) },
  'GET /products': { path: async () => '/products' },
  'GET /products/:id': { path: async (t) => `/products/${await t.productId()}` },
  'GET /products/:id/invoke': { path: async (t) => `/products/${await t.apiProductId()}/invoke` },
  'GET /products/:id/data': { path: async (t) => `/products/${await t.datasetProductId()}/data` },
  'GET /products/:id/registration-package': { path: async (t) => `/products/${await t.apiProductId()}/registration-package` },
  'POST /products/:id/renewal': { path: async (t) => `/products/${await t.renewableProductId()}/renewal`, body: async () => ({ comment: 'matrix' }) },
  'GET /agreements/:id/compliance-report': { path: async (t) => `/agreements/${await t.agreementId()}/compliance-report` },
  'GET /sandboxes/:id': { path: async (t) => `/sandboxes/${await t.sandboxId()}` },
  'GET /me': { path: async () => '/me' },
  'GET /inbox': { path: async () => '/inbox' },
  'GET /public/disclosures': { path: async () => '/public/disclosures' },
  'GET /usage': { path: async () => '/usage?month=2026-12' },
  'GET /models': { path: async () => '/models' },
  'GET /runs': { path: async () => '/runs' },
  'GET /audit': { path: async () => '/audit' },
  'GET /audit/verify': { path: async () => '/audit/verify' },
  'GET /audit/anchor': { path: async () => '/audit/anchor' },
  'GET /audit/export': { path: async () => '/audit/export?format=csv' },
  'GET /metrics': { path: async () => '/metrics' },
  'POST /entrustments': { path: async () => '/entrustments', body: async (t) => ({ examinerId: await t.freshExaminerId(), agreementId: null }) },
  'GET /entrustments': { path: async () => '/entrustments' },
  'DELETE /entrustments/:id': { path: async (t) => `/entrustments/${await t.entrustmentId()}` },
  'GET /risk-reports': { path: async () => '/risk-reports' },
  'GET /risk-reports/:id': { path: async (t) => `/risk-reports/${await t.riskReportId()}` },
  'POST /risk-reports': { path: async () => '/risk-reports', body: async (t) => ({ agreementId: await t.agreementId(), summary: '发现异常调用' }) },
  'POST /risk-reports/:id/acknowledge': { path: async (t) => `/risk-reports/${await t.riskReportId()}/acknowledge`, body: async () => ({ note: '已知悉' }) },
  'POST /risk-reports/:id/close': { path: async (t) => `/risk-reports/${await t.acknowledgedRiskReportId()}/close`, body: async () => ({ resolution: '已排查' }) },
  'POST /calls': { path: async () => '/calls', body: async () => ({ title: '征集', requirements: '要求', deadline: '2030-01-01T00:00:00Z' }) },
  'GET /calls': { path: async () => '/calls' },
  'GET /calls/:id': { path: async (t) => `/calls/${await t.callId()}` },
  'POST /calls/:id/close': { path: async (t) => `/calls/${await t.callId()}/close` },
  'POST /qualifications': { path: async () => '/qualifications', body: async (t) => ({ callId: await t.callId(), statement: '资格说明', materials: [fixtureMaterial] }) },
  'GET /qualifications': { path: async () => '/qualifications' },
  'GET /qualifications/:id': { path: async (t) => `/qualifications/${await t.qualificationId()}` },
  'GET /qualifications/:id/materials/:sha256': { path: async (t) => `/qualifications/${await t.qualificationId()}/materials/${fixtureMaterialSha256}` },
  'POST /qualifications/:id/review': { path: async (t) => `/qualifications/${await t.qualificationId()}/review`, body: async () => ({ decision: 'unqualified', reasons: '材料不全' }) },
  'POST /qualifications/:id/revoke': { path: async (t) => `/qualifications/${await t.revocableQualificationId()}/revoke`, body: async () => ({ reason: '违规' }) },
  'GET /directory': { path: async () => '/directory' },
  'GET /directory/versions': { path: async () => '/directory/versions' },
  'POST /directory/proposals': { path: async () => '/directory/proposals', body: async (t) => ({ datasetId: await t.datasetId(), columns: ['street'], scenarios: ['统计'], openness: 'unconditional' }) },
  'GET /directory/proposals': { path: async () => '/directory/proposals' },
  'POST /directory/proposals/:id/decision': { path: async (t) => `/directory/proposals/${await t.directoryProposalId()}/decision`, body: async () => ({ decision: 'reject', comment: '暂缓' }) },
  'DELETE /directory/entries/:datasetId': { path: async (t) => `/directory/entries/${await t.datasetId()}?reason=matrix` },
  'POST /partners': {
    path: async () => '/partners',
    body: async () => ({ name: '合作方', unit: 'partner-co', duties: '模型开发', startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z', documents: [fixtureMaterial] }),
  },
  'GET /partners': { path: async () => '/partners' },
  'GET /partners/:id': { path: async (t) => `/partners/${await t.partnerId()}` },
  'GET /partners/:id/documents/:sha256': { path: async (t) => `/partners/${await t.partnerId()}/documents/${fixtureMaterialSha256}` },
  'POST /partners/:id/decision': { path: async (t) => `/partners/${await t.partnerId()}/decision`, body: async () => ({ decision: 'accept' }) },
  'POST /partners/:id/access': { path: async (t) => `/partners/${await t.acceptedPartnerId()}/access`, body: async () => ({ live: true, reason: '准予' }) },
  'POST /partners/:id/end': { path: async (t) => `/partners/${await t.acceptedPartnerId()}/end`, body: async () => ({ reason: '合作结束' }) },
  'GET /feedback': { path: async () => '/feedback' },
  'GET /feedback/statistics': { path: async () => '/feedback/statistics' },
  'GET /feedback/:id': { path: async (t) => `/feedback/${await t.feedbackId()}` },
  'POST /feedback': {
    path: async () => '/feedback', body: async (t) => ({ agreementId: await t.agreementId(), datasetId: await t.datasetId(), column: 'street', category: 'accuracy', description: '街道名称不一致' }),
  },
  'POST /feedback/:id/answers': { path: async (t) => `/feedback/${await t.feedbackId()}/answers`, body: async () => ({ text: '已核实' }) },
  'POST /feedback/:id/close': { path: async (t) => `/feedback/${await t.answeredFeedbackId()}/close`, body: async () => ({ note: '已处理' }) },
  'GET /filings': { path: async () => '/filings' },
  'GET /filings/:id': { path: async (t) => `/filings/${await t.filingId()}` },
  'POST /filings': { path: async () => '/filings', body: async (t) => ({ agreementId: await t.agreementId(), period: '2026-Q1', text: '一季度运营情况', partnerReports: await t.partnerReports() }) },
  'POST /filings/:id/corrections': { path: async (t) => `/filings/${await t.filingId()}/corrections`, body: async () => ({ text: '更正', reason: '补充' }) },
  'GET /filings/:id/attachments/:sha256': { path: async (t) => `/filings/${await t.filingAttachment()}` },
  'POST /subject-requests': { path: async () => '/subject-requests', body: async () => ({ semantic: 'cn_id', value: '11010519491231002X' }) },
};

describe('permissions matrix', () => {
  let t: TestPlatform;
  const matrix = readMatrix();
  const tokens = {} as Record<Role, { id: string; token: string }>;
  let world: MatrixWorld;

  beforeAll(async () => {
    t = await startTestPlatform();
    for (const role of roles) tokens[role] = await t.principal(role);
    world = await MatrixWorld.create(t, tokens);
  });
  afterAll(() => t.destroy());

  it('lists exactly the declared routes', () => {
    const declared = t.platform.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect([...matrix.keys()].sort()).toEqual(declared);
    expect(Object.keys(calls).sort()).toEqual(declared);
  });

  for (const [route, expectations] of readMatrix()) {
    for (const role of roles) {
      it(`${route} as ${role} → ${expectations[role]}`, async () => {
        const [method, template] = route.split(' ');
        const call = calls[route];
        const send = async (target: Target) => {
          const url = `/api/v1${await call.path(target)}`;
          const req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](url).set(...bearer(tokens[role].token));
          const body = await call.body?.(target);
          if (Array.isArray(body)) return req.set('Content-Type', body[0]).send(body[1]);
          return body ? req.send(body) : req;
        };
        // A call that succeeds and changes state gets fresh resources, so that it never affects another
        // call; a denied call changes nothing, so it shares its targets with the caller's other denials.
        const changes = method !== 'GET';
        const expected = expectations[role];
        if (expected === 'own') {
          const own = await world.target('own', tokens[role].id, changes);
          const res = await send(own);
          expect({ status: res.status, body: res.status < 300 ? 'ok' : res.body }).toEqual({ status: expect.any(Number), body: 'ok' });
          expect((await send(await world.target('other', tokens[role].id, false))).status).toBe(404);
          return;
        }
        const aimed = expected !== '2xx' ? world.target('other', tokens[role].id, false)
          : world.target(role === 'authority' ? 'other' : 'own', tokens[role].id, changes);
        const res = await send(await aimed);
        if (expected === '2xx') expect(res.status < 300 ? res.status : res.body).toBe(res.status);
        else expect(res.status).toBe(Number(expected));
        if (res.status >= 400) expect(res.body.error.code).toBeDefined();
        expect(template).toBeDefined();
      });
    }
  }
});
