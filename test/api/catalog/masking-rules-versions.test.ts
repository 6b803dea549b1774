/**
 * PUT/GET /datasets/:id/masking-rules: rule sets are validated, versioned and never stored when
 * invalid (privacy by default: every personal/identifier column needs a rule). Hostile documents
 * (aliases, several documents, oversized, wrong type) and rule injection through the API change
 * nothing.
 */
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';
import { residentsRules } from '../../fixtures/demo-world';

type Who = { id: string; token: string };
type Detail = { column?: string; path?: string; row?: number; message: string };
type ErrorBody = { error: { code: string; message: string; details?: Detail[]; requestId: string } };
type StoredVersion = { version: number; document: { columns: Record<string, Record<string, unknown>>; rows?: Record<string, unknown>; description?: string }; sha256: string; createdBy: string; createdAt: string };
type RulesBody = { current: StoredVersion | null; versions: StoredVersion[] };
type Row = Record<string, unknown>;
type PreviewBody = { before: Row[]; after: Row[]; rulesVersion: number | null; filteredOut: number };

/** Every personal/identifier column of the residents dataset, as JSON. */
const completeRules = {
  columns: {
    id_number: { strategy: 'pseudonymize' },
    name: { strategy: 'fake', kind: 'cn_name' },
    mobile: { strategy: 'mask', preset: 'cn_mobile' },
    birth_date: { strategy: 'generalize', to: 'age_band', width: 10 },
    income: { strategy: 'noise', distribution: 'laplace', scale: 100 },
  },
};

const withColumns = (change: Record<string, unknown>) => ({ columns: { ...completeRules.columns, ...change } });

describe('masking rule sets: versions', () => {
  let t: TestPlatform;
  let source: Who;
  let datasetId: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    source = await t.principal('source', 'rules-owner', '光明区人口管理办');
    const created = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send(residentsSchema);
    expect(created.status).toBe(201);
    datasetId = created.body.id as string;
    const up = await t.http.put(`/api/v1/datasets/${datasetId}/data`).set(...bearer(source.token)).set('Content-Type', 'text/csv').send(residentsCsv(40));
    expect(up.status).toBe(200);
  });
  afterAll(() => t.destroy());

  const put = (body: string | Buffer, type: string | null, token = source.token) => {
    const req = t.http.put(`/api/v1/datasets/${datasetId}/masking-rules`).set(...bearer(token));
    if (type !== null) req.set('Content-Type', type);
    return req.send(body);
  };
  const putJson = (doc: unknown, token = source.token) => put(JSON.stringify(doc), 'application/json', token);
  const read = async (token = source.token): Promise<RulesBody> => {
    const res = await t.http.get(`/api/v1/datasets/${datasetId}/masking-rules`).set(...bearer(token));
    expect(res.status).toBe(200);
    return res.body as RulesBody;
  };
  const versionNumbers = async () => (await read()).versions.map((v) => v.version);
  const preview = async (limit = 40): Promise<PreviewBody> => {
    const res = await t.http.post(`/api/v1/datasets/${datasetId}/masking-rules/preview`).set(...bearer(source.token)).send({ limit });
    expect(res.status).toBe(200);
    return res.body as PreviewBody;
  };
  const errorOf = (body: unknown) => (body as ErrorBody).error;

  describe('storing versions', () => {
    it('stores YAML and JSON rule sets as incrementing versions; GET returns the latest as current', async () => {
      const before = await versionNumbers();
      const last = before.at(-1) ?? 0;

      const yaml = await put(residentsRules, 'application/yaml');
      expect(yaml.status).toBe(201);
      expect(yaml.body).toEqual({ version: last + 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

      const json = await putJson(withColumns({ income: { strategy: 'generalize', to: 'clamp', max: 10000 } }));
      expect(json.status).toBe(201);
      expect(json.body.version).toBe(last + 2);
      expect(json.body.sha256).not.toBe(yaml.body.sha256);

      const rules = await read();
      expect(rules.versions.map((v) => v.version)).toEqual([...before, last + 1, last + 2]);
      expect(rules.current).toEqual(rules.versions.at(-1));
      expect(rules.current).toMatchObject({ version: last + 2, sha256: json.body.sha256, createdBy: source.id, createdAt: expect.any(String) });
      expect(rules.current?.document.columns.income).toEqual({ strategy: 'generalize', to: 'clamp', max: 10000 });
      const first = rules.versions.find((v) => v.version === last + 1);
      expect(first?.sha256).toBe(yaml.body.sha256);
      expect(first?.document.columns.income).toEqual({ strategy: 'noise', distribution: 'laplace', scale: 100 });
    });

    it('gives the same document the same sha256 whether sent as YAML or JSON', async () => {
      const yaml = await put(residentsRules, 'application/yaml');
      const json = await putJson(completeRules);
      expect([yaml.status, json.status]).toEqual([201, 201]);
      expect(json.body.version).toBe(yaml.body.version + 1);
      expect(json.body.sha256).toBe(yaml.body.sha256);
    });

    it('stores the validated document with defaults filled in', async () => {
      const res = await put(
        [
          'description: 常住人口脱敏规则',
          'columns:',
          '  id_number:  { strategy: pseudonymize }',
          '  name:       { strategy: redact }',
          '  mobile:     { strategy: mask, preset: cn_mobile }',
          '  birth_date: { strategy: generalize, to: age_band }',
          '  income:     { strategy: drop }',
          "  street:     { strategy: keep }",
          'rows:',
          "  filter: \"street != '马田街道'\"",
          '',
        ].join('\n'),
        'application/yaml; charset=utf-8',
      );
      expect(res.status).toBe(201);
      const { current } = await read();
      expect(current?.version).toBe(res.body.version);
      expect(current?.document).toEqual({
        description: '常住人口脱敏规则',
        columns: {
          id_number: { strategy: 'pseudonymize', length: 32 },
          name: { strategy: 'redact', value: null },
          mobile: { strategy: 'mask', preset: 'cn_mobile', char: '*' },
          birth_date: { strategy: 'generalize', to: 'age_band', width: 10, max: 80 },
          income: { strategy: 'drop' },
          street: { strategy: 'keep' },
        },
        rows: { filter: "street != '马田街道'" },
      });
    });

    it('lets every role read the rule sets', async () => {
      const expected = await read();
      expect(expected.current).not.toBeNull();
      const others: Who[] = [
        await t.principal('source', undefined, '别的数源单位'),
        await t.principal('operator'),
        await t.principal('auditor'),
      ];
      for (const who of [...others, { id: 'authority', token: t.authorityToken }]) {
        expect(await read(who.token)).toEqual(expected);
      }
    });
  });

  describe('privacy by default', () => {
    it('refuses a rule set missing personal/identifier columns with one detail per missing column, storing nothing', async () => {
      const before = await versionNumbers();
      const res = await putJson({ columns: { id_number: { strategy: 'pseudonymize' }, street: { strategy: 'keep' } } });
      expect(res.status).toBe(422);
      const error = errorOf(res.body);
      expect(error.code).toBe('invalid_rules');
      const missing = (error.details ?? []).filter((d) => /no rule/.test(d.message));
      expect(missing.map((d) => d.column).sort()).toEqual(['birth_date', 'income', 'mobile', 'name']);
      for (const detail of missing) expect(detail.message).toContain(detail.column);
      expect(error.details).toHaveLength(4);
      expect(await versionNumbers()).toEqual(before);
    });

    it('refuses an empty columns object naming every personal/identifier column', async () => {
      const before = await versionNumbers();
      const res = await put('columns: {}\n', 'application/yaml');
      expect(res.status).toBe(422);
      const columns = (errorOf(res.body).details ?? []).map((d) => d.column).sort();
      expect(columns).toEqual(['birth_date', 'id_number', 'income', 'mobile', 'name']);
      expect(await versionNumbers()).toEqual(before);
    });

    it('refuses keep without a justification on a personal column', async () => {
      const before = await versionNumbers();
      const res = await putJson(withColumns({ name: { strategy: 'keep' } }));
      expect(res.status).toBe(422);
      expect(errorOf(res.body).details).toEqual([expect.objectContaining({ column: 'name', message: expect.stringMatching(/justification/) })]);
      expect(await versionNumbers()).toEqual(before);
    });

    it('accepts keep with a justification on a personal column', async () => {
      const res = await putJson(withColumns({ name: { strategy: 'keep', justification: '姓名仅用于数源单位内部核对身份，已获主管部门书面授权' } }));
      expect(res.status).toBe(201);
    });
  });

  describe('invalid documents store nothing', () => {
    const validYaml = residentsRules;
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(270);
    const cases: [string, () => string | Buffer, string | null, number[], RegExp | null][] = [
      ['an unknown column', () => JSON.stringify(withColumns({ nobody: { strategy: 'drop' } })), 'application/json', [422], /nobody/],
      ['mask on a DATE column', () => JSON.stringify(withColumns({ birth_date: { strategy: 'mask', preset: 'cn_mobile' } })), 'application/json', [422], /birth_date/],
      ['noise on a VARCHAR column', () => JSON.stringify(withColumns({ mobile: { strategy: 'noise', distribution: 'laplace', scale: 1 } })), 'application/json', [422], /mobile/],
      ['an unknown strategy', () => JSON.stringify(withColumns({ mobile: { strategy: 'scramble' } })), 'application/json', [422], null],
      ['an unknown top-level key', () => JSON.stringify({ ...completeRules, owner: 'me' }), 'application/json', [422], /owner/],
      ['invalid YAML', () => 'columns:\n  id_number: { strategy: pseudonymize\n  name: [', 'application/yaml', [422], /YAML/],
      ['invalid JSON', () => '{"columns": {', 'application/json', [400, 422], /JSON/],
      ['a YAML alias bomb', () => 'a: &a [1]\nb: *a\n', 'application/yaml', [422], /alias/i],
      ['a YAML alias inside an otherwise valid rule set', () => validYaml
        .replace('id_number:  { strategy: pseudonymize }', 'id_number:  &p { strategy: pseudonymize }')
        .replace('name:       { strategy: fake, kind: cn_name }', 'name:       *p'), 'application/yaml', [422], /alias/i],
      ['two YAML documents', () => `${validYaml}\n---\n${validYaml}`, 'application/yaml', [422], /document/],
      ['a document over 256 KiB', () => `${padding}${validYaml}`, 'application/yaml', [413, 422], null],
      ['a custom YAML tag', () => validYaml.replace('{ strategy: pseudonymize }', '!!js/function "x"'), 'application/yaml', [422], /tag/],
      ['a duplicate YAML key', () => `${validYaml}  mobile: { strategy: drop }\n`, 'application/yaml', [422], /unique/],
      ['a JSON array', () => '[]', 'application/json', [400, 422], null],
      ['an empty body', () => '', 'application/yaml', [400, 422], null],
      ['no content type', () => validYaml, null, [400, 415], null],
    ];

    it.each(cases)('refuses %s', async (_label, body, type, statuses, mention) => {
      const before = await versionNumbers();
      const res = await put(body(), type);
      expect(statuses).toContain(res.status);
      const error = errorOf(res.body);
      expect(error.requestId).toBeDefined();
      if (mention !== null) expect(JSON.stringify(error)).toMatch(mention);
      expect(await versionNumbers()).toEqual(before);
    });

    it('answers 415 to text/plain and stores nothing', async () => {
      const before = await versionNumbers();
      const res = await put(residentsRules, 'text/plain');
      expect(res.status).toBe(415);
      expect(errorOf(res.body).code).toBe('unsupported_media_type');
      expect(await versionNumbers()).toEqual(before);
    });

    it('answers 415 to a CSV body and stores nothing', async () => {
      const before = await versionNumbers();
      const res = await put('a,b\n1,2\n', 'text/csv');
      expect(res.status).toBe(415);
      expect(await versionNumbers()).toEqual(before);
    });

    it('names the line of a YAML syntax error without echoing the document', async () => {
      const res = await put('columns:\n  id_number: { strategy: pseudonymize\n', 'application/yaml');
      expect(res.status).toBe(422);
      const [detail] = errorOf(res.body).details ?? [];
      expect(detail.message).toMatch(/^invalid YAML/);
    });
  });

  describe('who may store rule sets', () => {
    it('answers 404 to another source unit and 403 to an operator, authority or auditor', async () => {
      const before = await versionNumbers();
      const other = await t.principal('source', undefined, '另一个数源单位');
      expect((await putJson(completeRules, other.token)).status).toBe(404);
      for (const role of ['operator', 'auditor'] as const) {
        const p = await t.principal(role);
        expect((await putJson(completeRules, p.token)).status).toBe(403);
      }
      expect((await putJson(completeRules, t.authorityToken)).status).toBe(403);
      expect(await versionNumbers()).toEqual(before);
    });

    it('answers 404 for an unknown dataset and 401 without a token', async () => {
      const unknown = await t.http.put('/api/v1/datasets/ds_nope/masking-rules').set(...bearer(source.token)).set('Content-Type', 'application/json').send(JSON.stringify(completeRules));
      expect(unknown.status).toBe(404);
      expect((await t.http.get('/api/v1/datasets/ds_nope/masking-rules').set(...bearer(source.token))).status).toBe(404);
      const anonymous = await t.http.put(`/api/v1/datasets/${datasetId}/masking-rules`).set('Content-Type', 'application/json').send(JSON.stringify(completeRules));
      expect(anonymous.status).toBe(401);
    });
  });

  describe('rule injection through the API', () => {
    const principalIds = async (): Promise<string[]> => {
      const res = await t.http.get('/api/v1/principals').set(...bearer(t.authorityToken));
      expect(res.status).toBe(200);
      return (res.body.principals as { id: string }[]).map((p) => p.id).sort();
    };
    const platformWorks = async (ids: string[]) => {
      const me = await t.http.get('/api/v1/me').set(...bearer(source.token));
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(source.id);
      expect(await principalIds()).toEqual(ids);
      const dataset = await t.http.get(`/api/v1/datasets/${datasetId}`).set(...bearer(source.token));
      expect(dataset.status).toBe(200);
    };

    /** Stores `doc`, or accepts a 422 that stores nothing; returns the preview when stored. */
    const storeOrRefuse = async (doc: unknown): Promise<PreviewBody | null> => {
      const before = await versionNumbers();
      const res = await putJson(doc);
      expect([201, 422]).toContain(res.status);
      if (res.status === 422) {
        expect(await versionNumbers()).toEqual(before);
        return null;
      }
      expect(await versionNumbers()).toEqual([...before, res.body.version]);
      return preview();
    };

    it('a redact constant full of SQL is shown literally', async () => {
      const ids = await principalIds();
      const value = "x'); DROP TABLE principals; --";
      const shown = await storeOrRefuse(withColumns({ name: { strategy: 'redact', value }, street: { strategy: 'redact', value: "'; SELECT 1; --" } }));
      if (shown !== null) {
        expect(shown.after).toHaveLength(40);
        for (const row of shown.after) {
          expect(row.name).toBe(value);
          expect(row.street).toBe("'; SELECT 1; --");
        }
      }
      await platformWorks(ids);
    });

    it("a filter with a quoted literal (street = 'a'' or 1=1 --') matches nothing", async () => {
      const ids = await principalIds();
      const shown = await storeOrRefuse({ ...completeRules, rows: { filter: "street = 'a'' or 1=1 --'" } });
      if (shown !== null) {
        expect(shown.before).toHaveLength(40);
        expect(shown.after).toEqual([]);
        expect(shown.filteredOut).toBe(40);
      }
      await platformWorks(ids);
    });

    it('a filter with a statement separator (1=1; drop table t) changes nothing', async () => {
      const ids = await principalIds();
      const shown = await storeOrRefuse({ ...completeRules, rows: { filter: '1=1; drop table t' } });
      if (shown !== null) expect(shown.after.length + shown.filteredOut).toBe(shown.before.length);
      await platformWorks(ids);
    });

    it('a filter naming a column that does not exist, or a function call, is refused', async () => {
      const before = await versionNumbers();
      for (const filter of ['principals.id = 1', "street = lower('x')", 'street = "x"', "street = 'x' /* c */"]) {
        const res = await putJson({ ...completeRules, rows: { filter } });
        expect(res.status).toBe(422);
        expect(errorOf(res.body).details?.some((d) => d.path === 'rows.filter')).toBe(true);
      }
      expect(await versionNumbers()).toEqual(before);
    });

    it('a mask fill or prefix with quotes is refused', async () => {
      const before = await versionNumbers();
      expect((await putJson(withColumns({ mobile: { strategy: 'mask', keepPrefix: 3, char: "'" } }))).status).toBe(422);
      expect((await putJson(withColumns({ id_number: { strategy: 'pseudonymize', prefix: "P'||" } }))).status).toBe(422);
      expect(await versionNumbers()).toEqual(before);
    });

    it('a column name with SQL in the rule set is refused as unknown', async () => {
      const before = await versionNumbers();
      const res = await putJson(withColumns({ 'name" FROM principals; --': { strategy: 'drop' } }));
      expect(res.status).toBe(422);
      expect(errorOf(res.body).details).toEqual([expect.objectContaining({ column: 'name" FROM principals; --' })]);
      expect(await versionNumbers()).toEqual(before);
    });
  });
});
