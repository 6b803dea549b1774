/**
 * The words inside answers in the request's language (Accept-Language: zh-CN or en), beyond the
 * error message: `details[].message` of 4xx answers, the checks of models and runs, the reasons
 * in the reviewer's airlock, and detection evidence.
 *
 * The catalogue is complete: every message template the sources can write (found with the
 * TypeScript parser, test/fixtures/message-templates.ts), every message of zod's own English
 * locale, and every word the templates take (filter grammar, semantics, shares, strategies) has
 * a Chinese rendering; a sink the scan cannot read is named here with where its words come from,
 * so a new one fails this test. Through the API: where a detail points, a check's name and
 * passed flag, a row's values never change; English answers are exactly as before; the Chinese
 * adds no value the English does not carry, and no value of the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { SEMANTIC_LABELS, shareWord } from '../../masking-rules/detection/evidence';
import { strategyNames } from '../../masking-rules/strategies/strategy-registry';
import { localizeDetails } from '../../services/http/error-language/localize-details';
import { localizeMessage, zhMessage, zhMessageCatalogues } from '../../services/http/error-language/localize-message';
import { ZH_FILTER_EXPECTED, ZH_SEMANTIC_LABELS, ZH_SHARES, ZH_STRATEGIES } from '../../services/http/error-language/zh-placeholders';
import { templateShape } from '../../services/http/error-language/zh-templates';
import { approvedAgreement, residentsRules, residentsWorld, type World } from '../fixtures/demo-world';
import { ROOT, scanMessageTemplates, zodEnglishTemplates } from '../fixtures/message-templates';
import { residentRow, residentsCsv } from '../fixtures/residents-dataset';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

const HAN = /\p{Script=Han}/u;
const CATALOGUE_TEXT = fs.readdirSync(path.join(ROOT, 'services/http/error-language'))
  .map((f) => fs.readFileSync(path.join(ROOT, 'services/http/error-language', f), 'utf8')).join('\n');

/** Sinks whose text is computed elsewhere, and where the scan finds (or this test checks) their templates. */
const FORWARDED: Record<string, string> = {
  "sandbox/disclosure/apply-disclosure.ts: form.problems.join('; ')": 'the live-form problems (problems.add), joined: localized piece by piece',
  'sandbox/vault/validate-staged.ts: String(p.problem)': 'written in the SQL of validate-staged.ts: SQL_TEMPLATES below',
  'services/applications/application-service.ts: this.deps.scope.problems(input.datasets)': 'catalog-scope-checker.ts details.push',
  'services/http/validation-details.ts: issue.message': 'zod: its en locale and the schemas’ own messages',
  'services/models/model-service.ts: message': 'the live-form problems (model_refused)',
  "services/models/model-service.ts: error.message.split('\\n')[0].slice(0, 300)": 'DuckDB’s words on the dev twin: a Chinese lead, the text blanked (localize-details.ts)',
  'masking-rules/detection/detect-columns.ts: evidence': 'the evidence lists built in the same file',
  'masking-rules/detection/detect-columns.ts: choice.evidence': 'the evidence lists built in the same file',
  'masking-rules/detection/detect-columns.ts: scrubEvidence(evidence, values)': 'the evidence lists, values scrubbed',
  'masking-rules/rules/parse-rule-set-text.ts: message': 'what fail(…) is given, and the YAML issues (invalid YAML: …)',
  'masking-rules/rules/validate-rule-set.ts: issue.message': 'zod: its en locale and the rule schemas’ own messages',
  'masking-rules/rules/validate-rule-set.ts: message': 'the strategy checks (check functions)',
  'masking-rules/rules/validate-rule-set.ts: problem.message': 'FilterError: {reason} at position {n}',
  'masking-rules/rules/validate-rule-set.ts: error.message': 'FilterError: {reason} at position {n}',
  'services/build-services.ts: new EvidenceStore(config.dataDir)': 'no message: the evidence store, returned by the name `evidence` that detection evidence also has',
};
/** Templates written inside SQL (validate-staged.ts), with the source text that writes each. */
const SQL_TEMPLATES: Record<string, string> = { 'not a valid {}': 'not a valid ${c.type}', 'must not be empty': "'must not be empty'" };

/** A sample English text per placeholder kind, to exercise each template. */
const SAMPLES: Record<string, string> = {
  n: '7', id: 'col_a', ids: 'col_a, col_b', type: 'DECIMAL(18,2)', types: 'DATE/TIMESTAMP', text: 'total income', quoted: '"foo"',
  msg: 'the filter is empty', list: 'outputs identifier or pseudonym column id_number; median() turns values back into rows',
  state: 'pending', states: 'queued, running', share: 'most', label: 'mobile number', strategy: 'generalize to year', kind: 'number',
  expected: 'a column name', found: 'column age', fn: 'median', place: 'HAVING', cells: 'cell 0:n:residents:0 of run_1', hits: 'mobile (cn_mobile)',
  limit: 'memory', ztype: 'string', zunit: 'characters', zcompare: '<=', zformat: 'UUID',
};
const instantiate = (key: string) => key.replace(/\{([a-z]+)\}/g, (_, kind: string) => SAMPLES[kind]);

/** ASCII tokens of a Chinese text that neither its English nor the catalogue's own source holds. */
const extraTokens = (zh: string, en: string) => [...zh.matchAll(/[A-Za-z0-9_$.:/+-]{2,}/g)].map((m) => m[0])
  .filter((token) => !en.includes(token) && !CATALOGUE_TEXT.includes(token));

describe('the Chinese catalogue of detail, check, reason and evidence messages', () => {
  const scan = scanMessageTemplates();
  const keys = new Map(Object.values(zhMessageCatalogues).flatMap((c) => Object.keys(c)).map((k) => [templateShape(k), k]));
  const required = [...new Set([...scan.templates.keys(), ...zodEnglishTemplates(), ...Object.keys(SQL_TEMPLATES)])];

  it('reads every sink of the sources (the scan itself works), and knows where each computed one comes from', () => {
    expect(scan.templates.size).toBeGreaterThan(150);
    for (const known of ['fewer than {} subjects contribute', 'personal/identifier column {} has no rule', 'the term may not exceed 5 years', 'runs on the dev twin without error', '{} of the sampled values are numeric', '{} at position {}']) {
      expect(scan.templates.has(known)).toBe(true);
    }
    expect([...new Set(scan.forwarded)].sort()).toEqual(Object.keys(FORWARDED).sort());
    const staged = fs.readFileSync(path.join(ROOT, 'sandbox/vault/validate-staged.ts'), 'utf8');
    for (const written of Object.values(SQL_TEMPLATES)) expect(staged).toContain(written);
  });

  it('renders every template the sources and zod can produce in Chinese', () => {
    const missing: string[] = [];
    for (const template of required) {
      const key = template.includes('{}') ? keys.get(template) : template;
      const zh = key === undefined ? null : zhMessage(key.includes('{') ? instantiate(key) : key);
      if (zh === null || !HAN.test(zh)) missing.push(template);
    }
    expect(missing).toEqual([]);
    expect(required.length).toBeGreaterThan(170);
  });

  it('renders every catalogue entry from its sample without adding anything the English does not carry', () => {
    const problems: string[] = [];
    for (const key of keys.values()) {
      const english = instantiate(key);
      const zh = zhMessage(english);
      if (zh === null || !HAN.test(zh)) problems.push(`no Chinese: ${english}`);
      else if (extraTokens(zh, english).length) problems.push(`${english} → ${zh}: ${extraTokens(zh, english).join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('knows every word the templates take: filter grammar, semantics, shares, strategies', () => {
    const file = path.join(ROOT, 'masking-rules/row-filter/parse-filter.ts');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const expected: string[] = [];
    const found: string[] = [];
    const literalsOf = (e: ts.Expression | undefined): string[] => !e ? [] : ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? [e.text]
      : ts.isTemplateExpression(e) ? [`${e.head.text}x${e.templateSpans.map((s) => s.literal.text).join('x')}`]
        : ts.isConditionalExpression(e) ? [...literalsOf(e.whenTrue), ...literalsOf(e.whenFalse)] : [];
    source.forEachChild(function visit(n): void {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.expression.kind === ts.SyntaxKind.ThisKeyword) {
        if (n.expression.name.text === 'unexpected') expected.push(...literalsOf(n.arguments[0]));
        if (n.expression.name.text === 'expect') expected.push(...literalsOf(n.arguments[1]));
      }
      if (ts.isFunctionDeclaration(n) && n.name?.text === 'describe') n.forEachChild(function returns(c): void {
        if (ts.isReturnStatement(c)) found.push(...literalsOf(c.expression));
        else c.forEachChild(returns);
      });
      n.forEachChild(visit);
    });
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.filter((e) => !Object.hasOwn(ZH_FILTER_EXPECTED, e))).toEqual([]);
    expect(found.length).toBeGreaterThan(4);
    expect(found.filter((f) => !HAN.test(zhMessage(`expected a column name but found ${f} at position 3`) ?? ''))).toEqual([]);
    expect(Object.values(SEMANTIC_LABELS).filter((label) => !Object.hasOwn(ZH_SEMANTIC_LABELS, label))).toEqual([]);
    expect([0, 0.1, 0.3, 0.6, 0.8, 0.95, 1].map(shareWord).filter((word) => !Object.hasOwn(ZH_SHARES, word))).toEqual([]);
    expect(strategyNames.filter((s) => !Object.hasOwn(ZH_STRATEGIES, s))).toEqual([]);
  });

  it('keeps identifiers and figures, localizes nested lists, and leaves what it does not know in English', () => {
    expect(zhMessage('personal/identifier column mobile has no rule')).toBe('个人信息或标识符列 mobile 未设置脱敏规则');
    expect(zhMessage('HAVING uses sum(): fewer than 10 subjects contribute; every contributor has the same value (class disclosure)'))
      .toBe('HAVING 子句中的 sum()：贡献主体少于 10 个；所有贡献者的取值相同（类别披露）');
    expect(zhMessage('subqueries are not allowed in a model on live: join the tables in FROM; QUALIFY is not allowed in a model on live'))
      .toBe('在真实数据上运行的模型不允许使用子查询：请在 FROM 中关联各表；在真实数据上运行的模型不允许使用 QUALIFY');
    // Unknown sentences, a list with one unknown piece, a specific that is no identifier: English, not garbled.
    for (const english of ['something the catalogue never saw', 'fewer than 10 subjects contribute; something else', "personal/identifier column it's 13800000000 has no rule"]) {
      expect(zhMessage(english)).toBeNull();
      expect(localizeMessage(english, 'zh-CN')).toBe(english);
    }
    const refused = localizeDetails({ code: 'model_fails_on_dev', details: [{ path: 'sql', message: "Conversion Error: Could not convert string '王伟' to INT32" }] }, 'zh-CN');
    expect(refused?.[0].message).toMatch(/^模型在开发副本上运行失败/);
    expect(refused?.[0].message).not.toContain('王伟');
  });

  it('returns English exactly as it is', () => {
    const details = [{ path: 'endsAt', message: 'the term may not exceed 5 years' }];
    expect(localizeDetails({ code: 'invalid_application', details }, 'en')).toBe(details);
    expect(localizeMessage('fewer than 10 subjects contribute', 'en')).toBe('fewer than 10 subjects contribute');
  });
});

type Check = { name: string; passed: boolean; message: string };
type Row = { values: unknown[]; suppressed: boolean; reasons: string[]; subjects: Record<string, number>; cells: { column: string; contributors: number[]; reasons: string[] }[] };

describe('details, checks, reasons and evidence by Accept-Language', () => {
  let t: TestPlatform;
  let w: World;
  let sandboxId: string;
  const CANARY = 'canary7f3a9c';
  /** Every value of the dataset a message might leak: identifiers, names, mobiles, dates, streets, incomes. */
  const VALUES = Array.from({ length: 300 }, (_, i) => residentRow(i)).flat().concat(['玉律村']);
  const leaked = (text: string) => VALUES.filter((v) => text.includes(v));

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, 300, (i, row) => (i < 2 ? [...row.slice(0, 4), '玉律村', row[5]] : row));
    ({ sandboxId } = await approvedAgreement(t, w));
  });
  afterAll(() => t.destroy());

  const as = (token: string, language?: string) => (req: import('supertest').Test) => {
    req.set(...bearer(token));
    return language === undefined ? req : req.set('Accept-Language', language);
  };
  const messages = (list: { message: string }[]) => list.map((d) => d.message);
  const shapeOf = (list: Record<string, unknown>[]) => list.map((d) => ({ ...d, message: undefined }));

  it('answers a bad row of an upload in Chinese, pointing at the same row and column, without the value', async () => {
    const csv = residentsCsv(5, (i, row) => (i === 2 ? [row[0], row[1], row[2], CANARY, row[4], row[5]] : row));
    const upload = (language?: string) => as(w.source.token, language)(t.http.put(`/api/v1/datasets/${w.datasetId}/data`).set('Content-Type', 'text/csv')).send(csv);
    const [none, en, zh] = [await upload(), await upload('en'), await upload('zh-CN')];
    expect(none.body.error.details).toEqual([{ row: 3, column: 'birth_date', message: 'not a valid DATE' }]);
    expect(en.body.error.details).toEqual(none.body.error.details);
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([{ row: 3, column: 'birth_date', message: '不是有效的 DATE 类型值' }]);
    for (const res of [none, en, zh]) expect(res.text).not.toContain(CANARY);
  });

  it('answers an incomplete rule set in Chinese, naming the column', async () => {
    const rules = residentsRules.replace(/^\s*mobile:.*$/m, '').replace('{ strategy: fake, kind: cn_name }', '{ strategy: keep }');
    const put = (language?: string) => as(w.source.token, language)(t.http.put(`/api/v1/datasets/${w.datasetId}/masking-rules`).set('Content-Type', 'application/yaml')).send(rules);
    const [en, zh] = [await put(), await put('zh-CN')];
    expect(zh.status).toBe(422);
    expect(zh.body.error.code).toBe(en.body.error.code);
    expect(shapeOf(zh.body.error.details)).toEqual(shapeOf(en.body.error.details));
    expect(en.body.error.details).toEqual(expect.arrayContaining([{ column: 'mobile', path: 'columns.mobile', message: 'personal/identifier column mobile has no rule' }]));
    expect(zh.body.error.details).toEqual(expect.arrayContaining([{ column: 'mobile', path: 'columns.mobile', message: '个人信息或标识符列 mobile 未设置脱敏规则' }]));
    for (const message of messages(zh.body.error.details)) expect(message).toMatch(HAN);
    expect(zh.headers['content-language']).toBe('zh-CN');
  });

  it('answers an application’s and a request’s details in Chinese', async () => {
    const apply = (language?: string) => as(w.operator.token, language)(t.http.post('/api/v1/applications'))
      .send({ scenario: '就业帮扶', purpose: '统计', datasets: [{ datasetId: w.datasetId, columns: ['street'] }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2033-01-01T00:00:00Z' });
    const [en, zh] = [await apply(), await apply('zh-CN')];
    expect(en.body.error.details).toEqual([{ path: 'endsAt', message: 'the term may not exceed 5 years' }]);
    expect(zh.body.error.details).toEqual([{ path: 'endsAt', message: '授权期限不得超过 5 年' }]);
    const bad = (language?: string) => as(w.operator.token, language)(t.http.post(`/api/v1/sandboxes/${sandboxId}/models`))
      .send({ name: 'p', sql: 'SELECT 1', purpose: 'x', parameters: [{ name: 'Bad', type: 'TEXT' }] });
    const [badEn, badZh] = [await bad(), await bad('zh-CN')];
    expect(badZh.status).toBe(400);
    expect(shapeOf(badZh.body.error.details)).toEqual(shapeOf(badEn.body.error.details));
    for (const message of messages(badZh.body.error.details)) expect(message).toMatch(HAN);
  });

  it('answers model checks in Chinese with the same names and passed flags, in every route that returns them', async () => {
    const submit = (sql: string, language?: string) => as(w.operator.token, language)(t.http.post(`/api/v1/sandboxes/${sandboxId}/models`))
      .send({ name: `m${Math.random().toString(36).slice(2, 7)}`, sql, purpose: '按街道统计' });
    const sql = 'SELECT id_number, income FROM residents';
    const [en, zh] = [await submit(sql), await submit(sql, 'zh-CN')];
    expect(zh.status).toBe(201);
    const flags = (checks: Check[]) => checks.map(({ name, passed }) => ({ name, passed }));
    expect(flags(zh.body.checks)).toEqual(flags(en.body.checks));
    expect(zh.body.checks.find((c: Check) => c.name === 'no_identifier_output')).toMatchObject({ passed: false, message: expect.stringContaining('id_number') });
    for (const check of zh.body.checks as Check[]) expect(check.message).toMatch(HAN);
    expect(en.body.checks.find((c: Check) => c.name === 'runs_on_dev').message).toBe('runs on the dev twin without error');
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(zh.headers.vary).toMatch(/accept-language/i);

    const id = zh.body.id as string;
    const stored = await as(t.authorityToken)(t.http.get(`/api/v1/models/${id}`));
    expect(messages(stored.body.checks)).toEqual(messages(en.body.checks));
    const read = await as(t.authorityToken, 'zh-CN')(t.http.get(`/api/v1/models/${id}`));
    expect(read.body.checks).toEqual(zh.body.checks);
    expect({ ...read.body, checks: undefined }).toEqual({ ...stored.body, checks: undefined });
    const listed = await as(w.operator.token, 'zh-CN')(t.http.get(`/api/v1/sandboxes/${sandboxId}/models`));
    expect(listed.body.models.find((m: { id: string }) => m.id === id).checks).toEqual(zh.body.checks);
    const inbox = await as(t.authorityToken, 'zh-CN')(t.http.get('/api/v1/models'));
    expect(inbox.body.models.find((m: { id: string }) => m.id === id).checks).toEqual(zh.body.checks);
    expect((await as(t.authorityToken, 'en')(t.http.get('/api/v1/models'))).body).toEqual((await as(t.authorityToken)(t.http.get('/api/v1/models'))).body);
  });

  it('answers the airlock’s disclosure checks and reasons in Chinese, with the same rows and values, and no value in a message', async () => {
    const model = await as(w.operator.token)(t.http.post(`/api/v1/sandboxes/${sandboxId}/models`))
      .send({ name: 'by_street', sql: 'SELECT street, count(*) AS people, avg(income) AS mean_income FROM residents GROUP BY street ORDER BY street', purpose: '按街道统计' });
    expect(model.status).toBe(201);
    expect((await as(t.authorityToken)(t.http.post(`/api/v1/models/${model.body.id}/review`)).send({ decision: 'approve' })).status).toBe(200);
    const run = await as(w.operator.token)(t.http.post(`/api/v1/models/${model.body.id}/runs`)).send({ params: {} });
    await t.platform.runs.idle();
    const review = (language?: string) => as(t.authorityToken, language)(t.http.get(`/api/v1/runs/${run.body.id}/review`));
    const [none, zh] = [await review(), await review('zh-CN')];
    expect(zh.status).toBe(200);
    const en = none.body as { rows: Row[]; checks: Check[]; model: { checks: Check[] } };
    const cn = zh.body as typeof en;
    const suppressed = en.rows.find((r) => r.suppressed)!;
    expect(suppressed.reasons).toEqual(['fewer than 10 subjects reached this row']);
    expect(cn.rows.find((r) => r.suppressed)!.reasons).toEqual(['该行涉及的主体少于 10 个']);
    const withoutReasons = (rows: Row[]) => rows.map((r) => ({ ...r, reasons: undefined, cells: r.cells.map((c) => ({ ...c, reasons: undefined })) }));
    expect(withoutReasons(cn.rows)).toEqual(withoutReasons(en.rows));
    const reasons = cn.rows.flatMap((r) => [...r.reasons, ...r.cells.flatMap((c) => c.reasons)]);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(HAN);
    expect(cn.checks.map(({ name, passed }) => ({ name, passed }))).toEqual(en.checks.map(({ name, passed }) => ({ name, passed })));
    for (const check of [...cn.checks, ...cn.model.checks]) expect(check.message).toMatch(HAN);
    expect(cn.checks.find((c) => c.name === 'min_group_size')!.message).toBe('每一条输出行在其涉及的每张表中均至少对应 10 个不同主体；已抑制 1 行');
    const words = JSON.stringify([reasons, cn.checks, cn.model.checks]);
    expect(leaked(words)).toEqual([]);
    expect({ ...zh.body, rows: undefined, checks: undefined, model: undefined, run: undefined }).toEqual({ ...none.body, rows: undefined, checks: undefined, model: undefined, run: undefined });

    // The authority's run lists and reads: the stored English checks, worded in Chinese.
    const all = await as(t.authorityToken, 'zh-CN')(t.http.get('/api/v1/runs'));
    const listed = all.body.runs.find((r: { id: string }) => r.id === run.body.id);
    expect(listed.disclosure.checks).toEqual(cn.checks);
    expect((await as(t.authorityToken, 'zh-CN')(t.http.get(`/api/v1/runs/${run.body.id}`))).body.disclosure.checks).toEqual(cn.checks);
    const stored = await as(t.authorityToken)(t.http.get(`/api/v1/runs/${run.body.id}`));
    expect(stored.body.disclosure.checks).toEqual(en.checks);
    expect((await as(t.authorityToken, 'en')(t.http.get('/api/v1/runs'))).body).toEqual((await as(t.authorityToken)(t.http.get('/api/v1/runs'))).body);
  });

  it('answers detection evidence in Chinese, with the same suggestions and no sampled value', async () => {
    const detect = (language?: string) => as(w.source.token, language)(t.http.post(`/api/v1/datasets/${w.datasetId}/detect`));
    const [en, zh] = [await detect(), await detect('zh-CN')];
    expect(zh.status).toBe(200);
    type Detection = { evidence: string[] };
    const withoutEvidence = (columns: Detection[]) => columns.map((c) => ({ ...c, evidence: undefined }));
    expect(withoutEvidence(zh.body.columns)).toEqual(withoutEvidence(en.body.columns));
    const evidence = (zh.body.columns as Detection[]).flatMap((c) => c.evidence);
    expect(evidence.length).toBeGreaterThan(5);
    for (const line of evidence) expect(line).toMatch(HAN);
    expect(leaked(evidence.join('\n'))).toEqual([]);
    expect((await detect('en')).body).toEqual(en.body);
    expect((en.body.columns as Detection[]).flatMap((c) => c.evidence).filter((line) => HAN.test(line))).toEqual([]);
  });
});
