/**
 * Pseudonyms are keyed per agreement: the same raw id gets unlinkable pseudonyms in two
 * agreements over the same dataset, and one pseudonym everywhere within one agreement, so
 * its tables still join (social-insurance payments to residents, several payments a person).
 */
import { residentsRules } from '../../fixtures/demo-world';
import { residentRow, residentsCsv, residentsSchema } from '../../fixtures/residents-dataset';
import { approveScope, liveFile, queryFile, queryMemory, registerDataset } from '../../fixtures/lifecycle-helpers';
import { startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

const ROWS = 300;
const PAYERS = 150;
const PAYMENTS = 2 * PAYERS;

const socialInsuranceSchema = {
  name: 'social_insurance',
  title: '光明区社保缴费',
  level: 'important',
  openness: 'conditional',
  subjectKey: 'id_number',
  columns: [
    { name: 'id_number', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct', semantic: 'cn_id' },
    { name: 'amount', type: 'INTEGER', personal: 'none', identifier: 'none', semantic: 'amount' },
  ],
};

/** Payment j is by resident j % PAYERS; its amount encodes who paid (resident * 10 + payment number). */
function socialInsuranceCsv(): string {
  const lines = ['id_number,amount'];
  for (let j = 0; j < PAYMENTS; j += 1) {
    const resident = j % PAYERS;
    lines.push(`${residentRow(resident)[0]},${resident * 10 + Math.floor(j / PAYERS)}`);
  }
  return `${lines.join('\n')}\n`;
}

const sql = (file: string) => `'${file.replace(/'/g, "''")}'`;

describe('pseudonyms per agreement', () => {
  let t: TestPlatform;
  let first: string;
  let second: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    const residentsUnit = await t.principal('source', undefined, '光明区人口管理办');
    const insuranceUnit = await t.principal('source', undefined, '光明区社保分局');
    const operator = await t.principal('operator', undefined, '深圳某数据科技公司');
    const residents = await registerDataset(t, residentsUnit, residentsSchema, residentsCsv(ROWS), residentsRules);
    const insurance = await registerDataset(t, insuranceUnit, socialInsuranceSchema, socialInsuranceCsv(), 'columns:\n  id_number: { strategy: pseudonymize }\n');
    const a = await approveScope(t, operator, [residentsUnit, insuranceUnit], [
      { datasetId: residents, columns: ['id_number', 'mobile'] },
      { datasetId: insurance, columns: ['id_number', 'amount'] },
    ]);
    const b = await approveScope(t, operator, [residentsUnit], [{ datasetId: residents, columns: ['id_number', 'mobile'] }]);
    first = liveFile(t, a.sandboxId);
    second = liveFile(t, b.sandboxId);
  });
  afterAll(() => t.destroy());

  it('gives the same raw id different pseudonyms in two agreements over the same dataset', async () => {
    const attach = `ATTACH ${sql(first)} AS a (READ_ONLY); ATTACH ${sql(second)} AS b (READ_ONLY);`;
    const [counts] = await queryMemory<{ a: number; b: number; common: number; insurance_common: number; same_row_equal: number; same_rows: number }>(`${attach}
      SELECT
        (SELECT count(DISTINCT id_number) FROM a.residents)::INTEGER AS a,
        (SELECT count(DISTINCT id_number) FROM b.residents)::INTEGER AS b,
        (SELECT count(*) FROM a.residents x JOIN b.residents y ON x.id_number = y.id_number)::INTEGER AS common,
        (SELECT count(*) FROM a.social_insurance x JOIN b.residents y ON x.id_number = y.id_number)::INTEGER AS insurance_common,
        (SELECT count(*) FROM a.residents x JOIN b.residents y ON x.mobile = y.mobile WHERE x.id_number = y.id_number)::INTEGER AS same_row_equal,
        (SELECT count(*) FROM a.residents x JOIN b.residents y ON x.mobile = y.mobile)::INTEGER AS same_rows`);
    expect(counts).toEqual({ a: ROWS, b: ROWS, common: 0, insurance_common: 0, same_row_equal: 0, same_rows: ROWS });
  });

  it('gives one raw id one pseudonym across the tables and rows of one agreement', async () => {
    const [joined] = await queryFile<{ payments: number; matched: number; right_person: number; payers: number }>(first, `
      SELECT
        (SELECT count(*) FROM social_insurance)::INTEGER AS payments,
        (SELECT count(*) FROM social_insurance s JOIN residents r USING (id_number))::INTEGER AS matched,
        (SELECT count(*) FROM social_insurance s JOIN residents r USING (id_number)
           WHERE CAST(right(r.mobile, 4) AS INTEGER) = s.amount // 10)::INTEGER AS right_person,
        (SELECT count(DISTINCT id_number) FROM social_insurance)::INTEGER AS payers`);
    expect(joined).toEqual({ payments: PAYMENTS, matched: PAYMENTS, right_person: PAYMENTS, payers: PAYERS });
    // Each payer's two payments carry the same pseudonym.
    const perPayer = await queryFile<{ n: number }>(first, 'SELECT count(*)::INTEGER AS n FROM social_insurance GROUP BY id_number');
    expect(new Set(perPayer.map((r) => r.n))).toEqual(new Set([2]));
  });
});
