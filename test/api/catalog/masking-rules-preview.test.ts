/**
 * POST /datasets/:id/masking-rules/preview: the owning source unit sees raw and masked rows side by
 * side, under the rules in force or under draft rules that are not stored. Nobody else sees raw
 * rows, and the audit entry of a preview holds no raw value.
 */
import { fakeDictionaries } from '../../../masking-rules/fake/fake-dictionaries';
import type { AuditEntry } from '../../../services/audit/audit-entry';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';
import { residentRow, residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';
import { residentsRules } from '../../fixtures/demo-world';

type Who = { id: string; token: string };
type Row = Record<string, unknown>;
type PreviewBody = { before: Row[]; after: Row[]; rulesVersion: number | null; filteredOut: number };
type ErrorBody = { error: { code: string; message: string; details?: { column?: string; path?: string; message: string }[]; requestId: string } };
type RulesBody = { current: { version: number } | null; versions: { version: number }[] };

const ROWS = 150;
/** The platform clock's date: age bands are computed on it. */
const AS_OF = '2026-01-05';

const draftRules = {
  columns: {
    id_number: { strategy: 'pseudonymize' },
    name: { strategy: 'fake', kind: 'cn_name' },
    mobile: { strategy: 'mask', preset: 'cn_mobile' },
    birth_date: { strategy: 'generalize', to: 'age_band', width: 10 },
    income: { strategy: 'noise', distribution: 'laplace', scale: 100 },
  },
};

/** Every uploaded row by ID number, as the raw preview should show it. */
const rawById = new Map(Array.from({ length: ROWS }, (_, i) => {
  const [id, name, mobile, birthDate, street, income] = residentRow(i);
  return [id, { id_number: id, name, mobile, birth_date: birthDate, street, income }] as const;
}));

function ageBand(birthDate: string, width = 10, max = 80): string {
  const age = Math.floor((Number(AS_OF.replaceAll('-', '')) - Number(birthDate.replaceAll('-', ''))) / 10000);
  if (age >= max) return `${max}+`;
  const lower = Math.floor(age / width) * width;
  return `${lower}-${Math.min(lower + width - 1, max - 1)}`;
}

describe('masking rules preview', () => {
  let t: TestPlatform;
  let source: Who;
  let datasetId: string;
  let noRulesId: string;
  let noDataId: string;
  const seenRaw = new Set<string>();

  const register = async (name: string) => {
    const res = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send({ ...residentsSchema, name });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const upload = async (id: string) => {
    const res = await t.http.put(`/api/v1/datasets/${id}/data`).set(...bearer(source.token)).set('Content-Type', 'text/csv').send(residentsCsv(ROWS));
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    source = await t.principal('source', 'preview-owner', '光明区人口管理办');
    datasetId = await register('residents_preview');
    await upload(datasetId);
    const rules = await t.http.put(`/api/v1/datasets/${datasetId}/masking-rules`).set(...bearer(source.token)).set('Content-Type', 'application/yaml').send(residentsRules);
    expect(rules.status).toBe(201);
    noRulesId = await register('residents_no_rules');
    await upload(noRulesId);
    noDataId = await register('residents_no_data');
  });
  afterAll(() => t.destroy());

  const preview = (body: object, id = datasetId, token = source.token) =>
    t.http.post(`/api/v1/datasets/${id}/masking-rules/preview`).set(...bearer(token)).send(body);
  const ok = async (body: object, id = datasetId): Promise<PreviewBody> => {
    const res = await preview(body, id);
    expect(res.status).toBe(200);
    const shown = res.body as PreviewBody;
    for (const row of shown.before) for (const key of ['id_number', 'name', 'mobile'] as const) seenRaw.add(String(row[key]));
    return shown;
  };
  const versionNumbers = async (id = datasetId) => {
    const res = await t.http.get(`/api/v1/datasets/${id}/masking-rules`).set(...bearer(source.token));
    expect(res.status).toBe(200);
    return (res.body as RulesBody).versions.map((v) => v.version);
  };
  const errorOf = (body: unknown) => (body as ErrorBody).error;

  describe('under the rules in force', () => {
    it('shows raw rows before and masked rows after, side by side', async () => {
      const shown = await ok({ limit: 40 });
      expect(shown.rulesVersion).toBe((await versionNumbers()).at(-1));
      expect(shown.filteredOut).toBe(0);
      expect(shown.before).toHaveLength(40);
      expect(shown.after).toHaveLength(40);

      const fakeNames = fakeDictionaries().cn_name;
      const fakeOf = new Map<string, unknown>();
      let sameName = 0;
      shown.before.forEach((raw, i) => {
        const expected = rawById.get(String(raw.id_number));
        expect(expected).toBeDefined();
        expect(raw).toMatchObject({ id_number: expected?.id_number, name: expected?.name, mobile: expected?.mobile, birth_date: expected?.birth_date, street: expected?.street });
        expect(Number(raw.income)).toBeCloseTo(Number(expected?.income), 2);

        const masked = shown.after[i];
        expect(Object.keys(masked).sort()).toEqual(['birth_date', 'id_number', 'income', 'mobile', 'name', 'street']);
        const mobile = String(raw.mobile);
        expect(masked.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
        expect(masked.mobile).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
        expect(masked.id_number).toMatch(/^[0-9a-f]{32}$/);
        expect(masked.name).toMatch(/^\p{Script=Han}{2,4}$/u);
        expect(fakeNames).toContain(masked.name);
        if (masked.name === raw.name) sameName += 1;
        const known = fakeOf.get(String(raw.name));
        if (known !== undefined) expect(masked.name).toBe(known);
        fakeOf.set(String(raw.name), masked.name);
        expect(masked.birth_date).toBe(ageBand(String(raw.birth_date)));
        expect(typeof masked.income).toBe('number');
        expect(masked.income).not.toBe(Number(raw.income));
        expect(masked.street).toBe(raw.street);
      });
      expect(sameName).toBeLessThanOrEqual(1);
      expect(new Set(shown.after.map((r) => r.id_number)).size).toBe(40);
      for (const masked of shown.after) {
        for (const value of Object.values(masked)) {
          if (typeof value === 'string' && value.length > 6) expect(rawById.has(value)).toBe(false);
        }
      }
    });

    it('shows 10 rows by default, honours limit up to 100, and refuses more with 400', async () => {
      expect((await ok({})).before).toHaveLength(10);
      expect((await ok({ limit: 1 })).after).toHaveLength(1);
      const hundred = await ok({ limit: 100 });
      expect(hundred.before).toHaveLength(100);
      expect(hundred.after).toHaveLength(100);
      for (const limit of [101, 0, -1, 2.5, '10']) {
        const res = await preview({ limit });
        expect(res.status).toBe(400);
        expect(errorOf(res.body).code).toBe('invalid_request');
      }
    });

    it('refuses unknown fields in the request body with 400', async () => {
      expect((await preview({ limit: 5, sql: 'SELECT 1' })).status).toBe(400);
      expect((await preview({ rules: 'columns: {}' })).status).toBe(400);
    });
  });

  describe('draft rules', () => {
    it('previews draft rules without storing a version', async () => {
      const before = await versionNumbers();
      const shown = await ok({
        rules: { columns: { ...draftRules.columns, name: { strategy: 'redact', value: '某某' }, mobile: { strategy: 'mask', keepPrefix: 3, keepSuffix: 0, char: '#' }, income: { strategy: 'drop' } } },
        limit: 20,
      });
      expect(shown.rulesVersion).toBeNull();
      expect(shown.after).toHaveLength(20);
      shown.after.forEach((masked, i) => {
        expect(masked.name).toBe('某某');
        expect(masked.mobile).toBe(`${String(shown.before[i].mobile).slice(0, 3)}########`);
        expect(masked).not.toHaveProperty('income');
      });
      expect(await versionNumbers()).toEqual(before);
    });

    it('previews draft rules on a dataset that has no rule set yet, storing nothing', async () => {
      const shown = await ok({ rules: draftRules, limit: 5 }, noRulesId);
      expect(shown.after).toHaveLength(5);
      expect(shown.rulesVersion).toBeNull();
      expect(await versionNumbers(noRulesId)).toEqual([]);
    });

    it('counts the rows a row filter leaves out', async () => {
      const shown = await ok({ rules: { ...draftRules, rows: { filter: "street = '光明街道' or street = '新湖街道'" } }, limit: 60 });
      const kept = shown.before.filter((r) => r.street === '光明街道' || r.street === '新湖街道');
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(60);
      expect(shown.after).toHaveLength(kept.length);
      expect(shown.filteredOut).toBe(60 - kept.length);
      expect(shown.after.map((r) => r.street)).toEqual(kept.map((r) => r.street));
      expect(shown.after.map((r) => r.mobile)).toEqual(kept.map((r) => `${String(r.mobile).slice(0, 3)}****${String(r.mobile).slice(-4)}`));
    });

    it('filters on raw values, not on the masked ones', async () => {
      const target = residentRow(3)[2];
      const shown = await ok({ rules: { ...draftRules, rows: { filter: `mobile = '${target}'` } }, limit: 10 });
      expect(shown.after).toHaveLength(1);
      expect(shown.after[0].mobile).toBe(`${target.slice(0, 3)}****${target.slice(-4)}`);
      expect(shown.filteredOut).toBe(9);
    });

    it('refuses invalid draft rules with 422 and per-column details', async () => {
      const before = await versionNumbers();
      const res = await preview({ rules: { columns: { ...draftRules.columns, birth_date: { strategy: 'mask', preset: 'cn_id' }, name: { strategy: 'keep' } } } });
      expect(res.status).toBe(422);
      const error = errorOf(res.body);
      expect(error.code).toBe('invalid_rules');
      expect((error.details ?? []).map((d) => d.column).sort()).toEqual(['birth_date', 'name']);
      expect(JSON.stringify(res.body)).not.toMatch(/"before"|"after"/);

      const incomplete = await preview({ rules: { columns: { id_number: { strategy: 'pseudonymize' } } } });
      expect(incomplete.status).toBe(422);
      expect((errorOf(incomplete.body).details ?? []).map((d) => d.column).sort()).toEqual(['birth_date', 'income', 'mobile', 'name']);

      const badFilter = await preview({ rules: { ...draftRules, rows: { filter: "street = 'x'; DROP TABLE data" } } });
      expect(badFilter.status).toBe(422);
      expect(errorOf(badFilter.body).details?.some((d) => d.path === 'rows.filter')).toBe(true);
      expect(await versionNumbers()).toEqual(before);
    });

    it('answers 422 when there is neither a rule set nor a draft', async () => {
      const res = await preview({}, noRulesId);
      expect(res.status).toBe(422);
      expect(errorOf(res.body).code).toBe('no_rule_set');
    });

    it('answers 409 when no data has been uploaded yet', async () => {
      const res = await preview({ rules: draftRules }, noDataId);
      expect(res.status).toBe(409);
      expect(errorOf(res.body).code).toBe('no_data');
    });
  });

  describe('who may preview', () => {
    it('answers 404 to another source unit and 403 to authority, operator and auditor', async () => {
      const other = await t.principal('source', undefined, '另一个数源单位');
      for (const body of [{}, { rules: draftRules }]) {
        const res = await preview(body, datasetId, other.token);
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain('"before"');
      }
      const denied: string[] = [t.authorityToken, (await t.principal('operator')).token, (await t.principal('auditor')).token];
      for (const token of denied) {
        const res = await preview({ rules: draftRules }, datasetId, token);
        expect(res.status).toBe(403);
        expect(JSON.stringify(res.body)).not.toContain('"before"');
      }
      expect((await preview({}, 'ds_nope')).status).toBe(404);
    });
  });

  describe('audit', () => {
    it('records each preview without any raw value', async () => {
      await ok({ rules: { ...draftRules, rows: { filter: `mobile = '${residentRow(7)[2]}' or name = '${residentRow(7)[1]}'` } }, limit: 30 });
      seenRaw.add(residentRow(7)[2]);
      await ok({ limit: 25 });
      const res = await t.http.get('/api/v1/audit?action=masking_rules.preview&limit=1000').set(...bearer(t.authorityToken));
      expect(res.status).toBe(200);
      const entries = (res.body as { entries: AuditEntry[] }).entries;
      const allowed = entries.filter((e) => e.outcome === 'allowed');
      expect(allowed.length).toBeGreaterThanOrEqual(8);
      expect(entries.some((e) => e.outcome === 'denied')).toBe(true);
      expect(allowed.every((e) => e.actorId === source.id && e.resource.startsWith('dataset:'))).toBe(true);
      expect(seenRaw.size).toBeGreaterThan(50);
      for (const entry of entries) {
        const text = JSON.stringify(entry);
        for (const raw of seenRaw) expect(text).not.toContain(raw);
      }
    });
  });
});
