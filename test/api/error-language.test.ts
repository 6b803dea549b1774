/**
 * Error messages in the request's language (Accept-Language: zh-CN or en): every code the
 * sources can produce has a Chinese message; the language follows q-values and order; without
 * a header nothing changes; codes, where details point and the 404-not-403 shape are the same in
 * both languages (detail messages are worded in Chinese too: test/api/detail-language.test.ts);
 * and no message, in either language, echoes a value the request carried.
 *
 * The codes are found with the TypeScript parser rather than line regexes: error constructors
 * span lines, and a code often reaches AppError through a subclass's parameter and its default
 * (`UnprocessableError(message, details, code = 'unprocessable')`), or from an engine error that
 * carries one (`UploadRejectedError`'s `code`, forwarded as `error.code`). A call whose code the
 * scan cannot read (not a string literal, a default, or a carrier's forwarded `.code`) fails the
 * test, so no code slips past it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { zhErrorMessages, zhStatusMessages } from '../../services/http/error-language/error-messages-zh';
import { localizeErrorMessage } from '../../services/http/error-language/localize-error';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';

const ROOT = path.resolve(__dirname, '../..');
const HAN = /\p{Script=Han}/u;

type ClassInfo = { parent: string | null; params: ts.ParameterDeclaration[] | null; superArgs: readonly ts.Expression[] };
type CodeSource = { fixed: string } | { param: number; fallback?: string };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || full === path.join(ROOT, 'services', 'console') ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function literals(expr: ts.Expression | undefined): string[] | null {
  if (!expr) return null;
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isParenthesizedExpression(expr)) return literals(expr.expression);
  if (ts.isConditionalExpression(expr)) {
    const both = [literals(expr.whenTrue), literals(expr.whenFalse)];
    return both[0] && both[1] ? [...both[0], ...both[1]] : null;
  }
  return null;
}

/** Every error code the sources can produce, the HTTP statuses they use, and the calls the scan could not read. */
function scanSources(): { codes: Set<string>; statuses: Set<number>; unreadable: string[] } {
  const files = ['services', 'sandbox', 'policies', 'masking-rules'].flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const classes = new Map<string, ClassInfo>();
  const calls: { where: string; name: string; args: readonly ts.Expression[] }[] = [];
  const codes = new Set<string>();
  const statuses = new Set<number>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    // Answers written without the error middleware (the shutdown gate's 503).
    for (const m of text.matchAll(/\berror:\s*\{\s*code:\s*'([a-z_]+)'/g)) codes.add(m[1]);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name) {
        const parent = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression.getText() ?? null;
        const ctor = node.members.find(ts.isConstructorDeclaration);
        let superArgs: readonly ts.Expression[] = [];
        ctor?.body?.forEachChild(function find(n): void {
          if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) superArgs = n.arguments;
          else n.forEachChild(find);
        });
        classes.set(node.name.text, { parent, params: ctor ? [...ctor.parameters] : null, superArgs });
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        const where = `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        calls.push({ where, name: node.expression.text, args: node.arguments ?? [] });
      }
      node.forEachChild(visit);
    };
    visit(source);
  }

  const unreadable: string[] = [];
  const known = new Map<string, CodeSource | null>();
  const sourceOf = (name: string): CodeSource | null => {
    if (!known.has(name)) known.set(name, readSource(name));
    return known.get(name) ?? null;
  };
  /** Where a class's code comes from: fixed by it, or one of its constructor's parameters. */
  const readSource = (name: string): CodeSource | null => {
    if (name === 'AppError') return { param: 1 };
    const info = classes.get(name);
    const parentSource = info?.parent ? sourceOf(info.parent) : null;
    if (!info || !parentSource) return null;
    const first = info.superArgs[0];
    if (first && ts.isNumericLiteral(first)) statuses.add(Number(first.text));
    if (!info.params || 'fixed' in parentSource) return parentSource;
    const arg = info.superArgs[parentSource.param];
    if (!arg || (ts.isIdentifier(arg) && arg.text === 'undefined')) {
      if (parentSource.fallback !== undefined) return { fixed: parentSource.fallback };
      unreadable.push(`class ${name}: no code reaches its base class`);
      return { fixed: '' };
    }
    const fixed = literals(arg);
    if (fixed?.length === 1) return { fixed: fixed[0] };
    const index = info.params.findIndex((p) => ts.isIdentifier(p.name) && ts.isIdentifier(arg) && p.name.text === arg.text);
    if (index === -1) {
      unreadable.push(`class ${name}: code ${arg.getText()} is neither a literal nor a parameter`);
      return { fixed: '' };
    }
    const fallback = literals(info.params[index].initializer)?.[0];
    if (fallback !== undefined) codes.add(fallback);
    return { param: index, fallback };
  };
  // Code carriers: errors of the engine that are not AppErrors but carry a `code` the services
  // forward into one (`new UnprocessableError(error.message, error.details, error.code)`).
  const carriers = new Map<string, CodeSource>();
  for (const [name, info] of classes) {
    const index = info.params?.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'code') ?? -1;
    if (index === -1 || sourceOf(name)) continue;
    const fallback = literals(info.params?.[index].initializer)?.[0];
    if (fallback !== undefined) codes.add(fallback);
    carriers.set(name, { param: index, fallback });
  }
  const forwarded = (arg: ts.Expression | undefined) => arg !== undefined && carriers.size > 0 && ts.isPropertyAccessExpression(arg) && arg.name.text === 'code';

  for (const call of calls) {
    const source = sourceOf(call.name) ?? carriers.get(call.name);
    if (!source) continue;
    if (call.name === 'AppError' && call.args[0] && ts.isNumericLiteral(call.args[0])) statuses.add(Number(call.args[0].text));
    if ('fixed' in source) {
      codes.add(source.fixed);
      continue;
    }
    const arg = call.args[source.param];
    if (forwarded(arg)) continue;
    const given = arg && !(ts.isIdentifier(arg) && arg.text === 'undefined') ? literals(arg) : source.fallback !== undefined ? [source.fallback] : null;
    if (given) given.forEach((code) => codes.add(code));
    else unreadable.push(`${call.where}: new ${call.name}(…) with code ${arg?.getText() ?? '(none)'}`);
  }
  codes.delete('');
  return { codes, statuses, unreadable };
}

describe('the Chinese error catalogue', () => {
  const scan = scanSources();

  it('reads every error code the sources produce (the scan itself works)', () => {
    expect(scan.unreadable).toEqual([]);
    expect(scan.codes.size).toBeGreaterThan(50);
    for (const code of ['forbidden', 'not_found', 'upload_rejected', 'rules_not_approved', 'statement_refused', 'invalid_rules', 'illegal_transition', 'busy', 'insufficient_storage', 'shutting_down']) {
      expect(scan.codes).toContain(code);
    }
  });

  it('has a Chinese message for every code the sources can produce', () => {
    const missing = [...scan.codes].filter((code) => !Object.hasOwn(zhErrorMessages, code)).sort();
    expect(missing).toEqual([]);
  });

  it('has a generic Chinese message for every status, including each one the sources use', () => {
    const required = [400, 401, 403, 404, 409, 410, 413, 415, 422, 429, 500, 503, 507, ...scan.statuses];
    for (const status of required) expect(zhStatusMessages[status]).toMatch(HAN);
    expect(localizeErrorMessage({ status: 410, code: 'no_such_code', message: 'x' }, 'zh-CN')).toBe(zhStatusMessages[410]);
    expect(localizeErrorMessage({ status: 418, code: 'no_such_code', message: 'x' }, 'zh-CN')).toBe(zhStatusMessages[400]);
    expect(localizeErrorMessage({ status: 502, code: 'no_such_code', message: 'x' }, 'zh-CN')).toBe(zhStatusMessages[500]);
  });

  it('carries identifiers of the English message (a state, a column, a limit) into the Chinese one', () => {
    const zh = (status: number, code: string, message: string) => localizeErrorMessage({ status, code, message }, 'zh-CN');
    expect(zh(409, 'illegal_transition', 'cannot resume an agreement that is active (only when suspended)')).toBe(
      '授权运营协议当前为“生效中”（active），不能恢复（resume）；仅当协议为“已暂停”（suspended）时可以执行此操作',
    );
    expect(zh(422, 'invalid_data', 'the data does not fit the schema (first problem: row 7, column income)')).toContain('第 7 行，income 列');
    expect(zh(413, 'payload_too_large', 'request body exceeds the limit of 1048576 bytes')).toContain('1048576 字节');
    expect(zh(429, 'run_budget_exhausted', 'the agreement’s run budget (20 runs a day) is used up')).toContain('每日 20 次');
    expect(zh(409, 'not_awaiting_release', 'the run is awaiting-release')).toContain('“待出域审核”（awaiting-release）');
  });

  it('drops a specific that is not an identifier, and blanks literals in quoted SQL errors', () => {
    const zh = (status: number, code: string, message: string) => localizeErrorMessage({ status, code, message }, 'zh-CN');
    expect(zh(409, 'already_decided', "the application is already it's 13800000000")).toBe('该事项已作出决定');
    expect(zh(409, 'sandbox_not_ready', 'the sandbox is 王伟 13800000000')).toBe('数据沙箱尚未就绪');
    const sql = zh(422, 'sql_error', "the query failed: Conversion Error: Could not convert string '13800000000' to INT32\nLINE 1: SELECT '13800000000'::INT");
    expect(sql).toMatch(/^查询执行失败/);
    expect(sql).not.toContain('13800000000');
    expect(sql).not.toContain('LINE 1');
  });

  it('keeps English as it is', () => {
    expect(localizeErrorMessage({ status: 404, code: 'not_found', message: 'dataset not found' }, 'en')).toBe('dataset not found');
  });
});

describe('error messages by Accept-Language', () => {
  let t: TestPlatform;
  let source: { id: string; token: string };
  let otherSource: { id: string; token: string };
  let datasetId: string;
  const CANARY = 'canary7f3a9c';

  beforeAll(async () => {
    t = await startTestPlatform();
    source = await t.principal('source', 'gm-hr', '光明区人力资源局');
    otherSource = await t.principal('source', 'gm-civil', '光明区民政局');
    const res = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send(residentsSchema);
    expect(res.status).toBe(201);
    datasetId = res.body.id;
  });
  afterAll(() => t.destroy());

  const me = (language?: string) => {
    const req = t.http.get('/api/v1/me');
    return language === undefined ? req : req.set('Accept-Language', language);
  };
  const upload = (id: string, token: string, body: string, language: string) =>
    t.http.put(`/api/v1/datasets/${id}/data`).set(...bearer(token)).set('Content-Type', 'text/csv').set('Accept-Language', language).send(body);
  const withoutRequestId = (error: Record<string, unknown>) => ({ ...error, requestId: undefined });
  /** Details without their words: path, row and column are the same in every language. */
  const withoutMessages = (details: Record<string, unknown>[]) => details.map((detail) => ({ ...detail, message: undefined }));

  it('answers zh-CN in Chinese with the same code as English, and says so in its headers', async () => {
    const en = await me('en');
    const zh = await me('zh-CN');
    expect(en.status).toBe(401);
    expect(zh.status).toBe(401);
    expect(zh.body.error.code).toBe(en.body.error.code);
    expect(en.body.error.message).toBe('authentication required');
    expect(zh.body.error.message).toMatch(HAN);
    expect(Object.keys(zh.body.error).sort()).toEqual(Object.keys(en.body.error).sort());
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(en.headers['content-language']).toBe('en');
    for (const res of [en, zh]) expect(res.headers.vary).toMatch(/accept-language/i);
  });

  it.each([
    ['en;q=0.5, zh-CN;q=0.9', 'zh-CN'],
    ['zh-CN;q=0.5, en-US', 'en'],
    ['en-US, zh-CN', 'en'],
    ['zh-Hans-CN;q=0.8, en;q=0.8', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-GB', 'en'],
    ['*', 'en'],
    ['*;q=0.5, en;q=0', 'zh-CN'],
    ['fr-FR, de;q=0.8', 'en'],
    ['zh;q=0, en;q=0', 'en'],
    ['', 'en'],
    [';;q=,,', 'en'],
  ])('Accept-Language %j answers %s', async (header, language) => {
    const res = await me(header);
    expect(res.headers['content-language']).toBe(language);
    if (language === 'en') expect(res.body.error.message).toBe('authentication required');
    else expect(res.body.error.message).toMatch(HAN);
  });

  it('answers exactly as before without an Accept-Language header', async () => {
    const unauthenticated = await me();
    expect(unauthenticated.body.error).toEqual({ code: 'unauthenticated', message: 'authentication required', requestId: unauthenticated.headers['x-request-id'] });
    expect(unauthenticated.headers['content-language']).toBe('en');
    const route = await t.http.get('/api/v1/no-such-route').set(...bearer(source.token));
    expect(route.status).toBe(404);
    expect(route.body.error).toEqual({ code: 'not_found', message: 'route not found', requestId: route.headers['x-request-id'] });
  });

  it('answers another unit’s dataset exactly like a missing one, in both languages', async () => {
    for (const language of ['en', 'zh-CN']) {
      const foreign = await upload(datasetId, otherSource.token, residentsCsv(3), language);
      const missing = await upload('ds_00000000-0000-4000-8000-000000000000', otherSource.token, residentsCsv(3), language);
      expect(foreign.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(withoutRequestId(foreign.body.error)).toEqual(withoutRequestId(missing.body.error));
      expect(foreign.body.error.code).toBe('not_found');
      expect(Object.keys(foreign.body.error).sort()).toEqual(['code', 'message', 'requestId']);
      expect(foreign.headers['content-language']).toBe(language);
    }
  });

  it('keeps where the details of a 422 point, words them in Chinese, and keeps the message free of the cell value', async () => {
    const csv = residentsCsv(5, (i, row) => (i === 2 ? [...row.slice(0, 5), CANARY] : row));
    const en = await upload(datasetId, source.token, csv, 'en');
    const zh = await upload(datasetId, source.token, csv, 'zh-CN');
    expect(en.status).toBe(422);
    expect(zh.status).toBe(422);
    expect(zh.body.error.code).toBe('invalid_data');
    expect(withoutMessages(zh.body.error.details)).toEqual(withoutMessages(en.body.error.details));
    expect(en.body.error.details).toEqual([{ row: 3, column: 'income', message: 'not a valid DECIMAL(18,2)' }]);
    expect(zh.body.error.details[0].message).toBe('不是有效的 DECIMAL(18,2) 类型值');
    expect(zh.body.error.message).toMatch(HAN);
    expect(zh.body.error.message).toContain('income');
    for (const res of [en, zh]) expect(JSON.stringify(res.body)).not.toContain(CANARY);
  });

  it('keeps where the details of an invalid schema point, and words them in Chinese', async () => {
    const schema = { ...residentsSchema, name: 'dup_columns', columns: [...residentsSchema.columns, residentsSchema.columns[4]] };
    const en = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).set('Accept-Language', 'en').send(schema);
    const zh = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).set('Accept-Language', 'zh-CN').send(schema);
    expect(en.status).toBe(422);
    expect(zh.body.error.code).toBe('invalid_schema');
    expect(withoutMessages(zh.body.error.details)).toEqual(withoutMessages(en.body.error.details));
    for (const detail of zh.body.error.details) expect(detail.message).toMatch(HAN);
    expect(zh.body.error.message).toMatch(HAN);
  });

  it('never echoes a value of the request in a message, in either language', async () => {
    const authority = bearer(t.authorityToken);
    const requests = [
      // a duplicate name (409), an unknown role (400), malformed JSON (400), an unknown dataset (404)
      (language: string) => t.http.post('/api/v1/principals').set(...authority).set('Accept-Language', language).send({ name: CANARY, role: 'operator', unit: 'u' }),
      (language: string) => t.http.post('/api/v1/principals').set(...authority).set('Accept-Language', language).send({ name: 'x', role: CANARY, unit: CANARY }),
      (language: string) => t.http.post('/api/v1/principals').set(...authority).set('Accept-Language', language).set('Content-Type', 'application/json').send(`{"name": "${CANARY}",`),
      (language: string) => t.http.get(`/api/v1/datasets/${CANARY}`).set(...authority).set('Accept-Language', language),
    ];
    await t.principal('operator', CANARY);
    for (const send of requests) {
      const en = await send('en');
      const zh = await send('zh-CN');
      expect(en.status).toBeGreaterThanOrEqual(400);
      expect(zh.status).toBe(en.status);
      expect(zh.body.error.code).toBe(en.body.error.code);
      expect(zh.body.error.message).toMatch(HAN);
      for (const res of [en, zh]) expect(res.body.error.message).not.toContain(CANARY);
    }
  });
});
