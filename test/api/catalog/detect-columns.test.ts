/**
 * POST /datasets/:id/detect: suggestions from Chinese headers and from the values themselves (a
 * misleading English name loses to what the values are), suggested rules that assemble into a
 * valid rule set, evidence that never quotes a value, and only the owning source unit may ask.
 */
import YAML from 'yaml';
import { makeCnResidentId, makeUscc } from '../../../masking-rules/identifiers/valid-identifier-generators';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

type Who = { id: string; token: string };
type Detection = {
  name: string;
  semantic: string | null;
  confidence: number;
  suggestedRule: Record<string, unknown>;
  evidence: string[];
  personal: string;
  identifier: string;
};
type DetectBody = { columns: Detection[] };
type Row = Record<string, unknown>;

const ROWS = 60;
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '欧阳', '周'];
const given = ['建国', '秀英', '伟', '婷婷', '志强', '丽', '子轩', '雨涵', '磊', '芳'];
const streets = ['凤凰街道', '光明街道', '公明街道', '新湖街道', '玉塘街道', '马田街道'];
const roads = ['光明大道', '华夏路', '东周路', '双明大道', '观光路'];

const mobile = (i: number) => `1${3 + (i % 7)}${String(912345678 - i * 7919).padStart(9, '0')}`;
const residentId = (i: number) => makeCnResidentId('440311', `${1950 + (i % 50)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`, (i * 37) % 1000);

/** Chinese headers, values generated with the valid-identifier generators. */
const chineseColumns = ['身份证号', '姓名', '手机号', '地址', '统一社会信用代码'] as const;
const chineseSchema = {
  name: '光明区就业登记',
  title: '光明区就业登记',
  level: 'important',
  openness: 'conditional',
  columns: [
    { name: '身份证号', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct' },
    { name: '姓名', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
    { name: '手机号', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
    { name: '地址', type: 'VARCHAR', personal: 'personal', identifier: 'quasi' },
    { name: '统一社会信用代码', type: 'VARCHAR', personal: 'none', identifier: 'direct' },
  ],
};
const chineseRows: string[][] = Array.from({ length: ROWS }, (_, i) => [
  residentId(i),
  `${surnames[i % surnames.length]}${given[(i * 3) % given.length]}`,
  mobile(i),
  `广东省深圳市光明区${streets[i % streets.length]}${roads[i % roads.length]}${i + 1}号`,
  makeUscc(`91440300MA5F${String(i * 13).padStart(5, '0')}`),
]);

/** English names that say one thing while the values say another. */
const misleadingSchema = {
  name: 'service_log',
  title: '服务记录',
  level: 'general',
  openness: 'conditional',
  columns: [
    { name: 'remark', type: 'VARCHAR', personal: 'none', identifier: 'none' },
    { name: 'memo', type: 'VARCHAR', personal: 'none', identifier: 'none' },
    { name: 'phone', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
    { name: 'status', type: 'VARCHAR', personal: 'none', identifier: 'none' },
  ],
};
const feedback = ['客户要求回访', '资料已补充完整', '地址变更待核实', '无人接听，改日再联系', '已办结', '材料不全退回'];
const misleadingRows: string[][] = Array.from({ length: ROWS }, (_, i) => [
  mobile(i + 500),
  residentId(i + 100),
  `${feedback[i % feedback.length]}（第${i + 1}次）`,
  ['open', 'closed', 'pending'][i % 3],
]);

function csv(columns: readonly string[], rows: string[][]): string {
  return `${[columns.join(','), ...rows.map((r) => r.join(','))].join('\n')}\n`;
}

describe('column detection', () => {
  let t: TestPlatform;
  let source: Who;
  let chineseId: string;
  let misleadingId: string;
  let emptyId: string;

  const register = async (schema: object) => {
    const res = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send(schema);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const upload = async (id: string, body: string) => {
    const res = await t.http.put(`/api/v1/datasets/${id}/data`).set(...bearer(source.token)).set('Content-Type', 'text/csv').send(body);
    expect(res.status).toBe(200);
  };
  const detect = (id: string, token = source.token) => t.http.post(`/api/v1/datasets/${id}/detect`).set(...bearer(token));
  const detected = async (id: string): Promise<Map<string, Detection>> => {
    const res = await detect(id);
    expect(res.status).toBe(200);
    const body = res.body as DetectBody;
    return new Map(body.columns.map((c) => [c.name, c]));
  };
  const putRules = (id: string, text: string, type: string) =>
    t.http.put(`/api/v1/datasets/${id}/masking-rules`).set(...bearer(source.token)).set('Content-Type', type).send(text);

  beforeAll(async () => {
    t = await startTestPlatform();
    source = await t.principal('source', 'detect-owner', '光明区人力资源局');
    chineseId = await register(chineseSchema);
    await upload(chineseId, csv(chineseColumns, chineseRows));
    misleadingId = await register(misleadingSchema);
    await upload(misleadingId, csv(misleadingSchema.columns.map((c) => c.name), misleadingRows));
    emptyId = await register({ ...chineseSchema, name: '未上传数据' });
  });
  afterAll(() => t.destroy());

  describe('Chinese headers', () => {
    const expected: [string, string, Record<string, unknown>][] = [
      ['身份证号', 'cn_id', { strategy: 'pseudonymize' }],
      ['姓名', 'cn_name', { strategy: 'fake', kind: 'cn_name' }],
      ['手机号', 'cn_mobile', { strategy: 'mask', preset: 'cn_mobile' }],
      ['地址', 'cn_address', { strategy: 'mask', preset: 'cn_address' }],
      ['统一社会信用代码', 'uscc', { strategy: 'keep', justification: expect.any(String) }],
    ];

    it('answers one suggestion per column, in schema order', async () => {
      const res = await detect(chineseId);
      expect(res.status).toBe(200);
      expect((res.body as DetectBody).columns.map((c) => c.name)).toEqual([...chineseColumns]);
    });

    it.each(expected)('suggests %s → %s with confidence ≥ 0.8', async (column, semantic, rule) => {
      const found = (await detected(chineseId)).get(column);
      expect(found).toMatchObject({ semantic, suggestedRule: rule });
      expect(found?.confidence).toBeGreaterThanOrEqual(0.8);
      expect(found?.confidence).toBeLessThanOrEqual(1);
      expect(found?.evidence.length).toBeGreaterThan(0);
      expect(found?.evidence.join(' ')).toContain(column);
    });

    it('classifies the columns as personal/identifier where they are', async () => {
      const found = await detected(chineseId);
      expect(found.get('身份证号')).toMatchObject({ personal: 'sensitive', identifier: 'direct' });
      expect(found.get('手机号')).toMatchObject({ personal: 'personal', identifier: 'direct' });
      expect(found.get('统一社会信用代码')).toMatchObject({ identifier: 'direct' });
    });
  });

  describe('misleading English names', () => {
    it('believes the values over the name: a remark full of mobiles is a mobile column', async () => {
      const found = (await detected(misleadingId)).get('remark');
      expect(found).toMatchObject({ semantic: 'cn_mobile', suggestedRule: { strategy: 'mask', preset: 'cn_mobile' }, personal: 'personal', identifier: 'direct' });
      expect(found?.confidence).toBeGreaterThanOrEqual(0.8);
    });

    it('a memo full of resident ID numbers is an ID column', async () => {
      const found = (await detected(misleadingId)).get('memo');
      expect(found).toMatchObject({ semantic: 'cn_id', suggestedRule: { strategy: 'pseudonymize' }, personal: 'sensitive' });
      expect(found?.confidence).toBeGreaterThanOrEqual(0.8);
    });

    it('a phone column holding free text is not taken for mobiles, and says why', async () => {
      const found = (await detected(misleadingId)).get('phone');
      expect(found?.semantic).not.toBe('cn_mobile');
      expect(found?.confidence).toBeLessThan(0.5);
      expect(found?.suggestedRule).not.toEqual({ strategy: 'mask', preset: 'cn_mobile' });
      expect(found?.evidence.join(' ')).toMatch(/do not support/);
    });

    it('a low-cardinality status column is a category kept with a justification', async () => {
      const found = (await detected(misleadingId)).get('status');
      expect(found).toMatchObject({ semantic: 'category', suggestedRule: { strategy: 'keep', justification: expect.any(String) } });
    });
  });

  describe('evidence never contains a raw value', () => {
    it.each([
      ['Chinese headers', () => chineseId, chineseRows],
      ['misleading names', () => misleadingId, misleadingRows],
    ])('%s', async (_label, id, rows) => {
      const res = await detect(id());
      expect(res.status).toBe(200);
      const body = res.body as DetectBody;
      const text = JSON.stringify(body);
      const values = new Set(rows.flat());
      expect(values.size).toBeGreaterThan(ROWS);
      for (const value of values) expect(text).not.toContain(value);
      for (const column of body.columns) {
        for (const line of column.evidence) {
          expect(line).not.toMatch(/\d{4,}/);
          for (const value of values) expect(line).not.toContain(value);
        }
      }
    });
  });

  describe('round trip: detection → rule set → 201', () => {
    const assemble = (found: Map<string, Detection>) => ({ columns: Object.fromEntries([...found.values()].map((c) => [c.name, c.suggestedRule])) });

    it.each([
      ['Chinese headers, as JSON', () => chineseId, 'application/json'],
      ['misleading names, as YAML', () => misleadingId, 'application/yaml'],
    ])('%s', async (_label, id, type) => {
      const document = assemble(await detected(id()));
      const text = type === 'application/json' ? JSON.stringify(document) : YAML.stringify(document);
      const stored = await putRules(id(), text, type);
      expect(stored.status).toBe(201);
      expect(stored.body).toEqual({ version: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const rules = await t.http.get(`/api/v1/datasets/${id()}/masking-rules`).set(...bearer(source.token));
      expect(rules.body.current.version).toBe(stored.body.version);
      expect(Object.keys(rules.body.current.document.columns as Row).sort()).toEqual(Object.keys(document.columns).sort());
    });

    it('the stored suggestions mask the Chinese dataset in preview', async () => {
      const res = await t.http.post(`/api/v1/datasets/${chineseId}/masking-rules/preview`).set(...bearer(source.token)).send({ limit: 10 });
      expect(res.status).toBe(200);
      const after = res.body.after as Row[];
      expect(after).toHaveLength(10);
      const raw = new Set(chineseRows.flatMap((r) => r.slice(0, 4)));
      for (const row of after) {
        expect(row['身份证号']).toMatch(/^[0-9a-f]{32}$/);
        expect(row['手机号']).toMatch(/^1\d{2}\*{4}\d{4}$/);
        expect(row['地址']).toMatch(/^广东省深圳市光明区.+街道$/);
        for (const column of ['身份证号', '姓名', '手机号', '地址']) expect(raw.has(String(row[column]))).toBe(false);
      }
    });
  });

  describe('who may detect', () => {
    it('answers 404 to another source unit and 403 to authority, operator and auditor', async () => {
      const other = await t.principal('source', undefined, '别的数源单位');
      const res = await detect(chineseId, other.token);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('columns');
      for (const token of [t.authorityToken, (await t.principal('operator')).token, (await t.principal('auditor')).token]) {
        const denied = await detect(chineseId, token);
        expect(denied.status).toBe(403);
        expect(JSON.stringify(denied.body)).not.toContain('suggestedRule');
      }
    });

    it('answers 409 before any data is uploaded and 404 for an unknown dataset', async () => {
      const empty = await detect(emptyId);
      expect(empty.status).toBe(409);
      expect(empty.body.error.code).toBe('no_data');
      expect((await detect('ds_nope')).status).toBe(404);
    });
  });
});
