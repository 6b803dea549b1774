/**
 * Attack: make DuckDB quote a live cell in its error text. A model is built so that a cast fails
 * only on live rows (the dev check runs it with an example parameter that never reaches the
 * cast), once with a string cast (DuckDB quotes the string: `Could not convert string
 * '3071.29…x' to INT32`) and once with a numeric overflow (DuckDB writes the number unquoted:
 * `Type DOUBLE with value 3071.29… can't be cast`). A run of such a model goes to the reviewer
 * only; but an API product runs the approved model on live at once, for its grantee, with no
 * reviewer in between, so its error answer must not say anything about a live row, in English or
 * in Chinese (zh-CN, where literal blanking must not be the only guard). The grantee here is the
 * operator's own unit, the cheapest way for an operator to reach its own live data.
 *
 * The live values are read from the sandbox's live file; a response leaks when it carries a
 * number within 0.01 of one of them (the operator's own SQL and parameters hold none).
 */
import { bearer } from '../fixtures/test-platform';
import { liveFile, queryFile } from '../fixtures/lifecycle-helpers';
import { reviewModel, startAttackWorld, type AttackWorld, type Res } from './attack-fixture';

const OPERATOR_UNIT = '深圳某数据科技公司'; // the unit of residentsWorld's operator

/** Every number written in a text (an error message quotes doubles with many digits). */
const numbersIn = (text: string): number[] => [...text.matchAll(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)].map((m) => Number(m[0]));

describe('attack: a live cell value quoted by a DuckDB error', () => {
  let a: AttackWorld;
  let liveIncomes: number[];
  const products: Record<string, string> = {};

  /** An approved model whose cast fails only when some live income exceeds $t, served as an API product of the operator's own unit. */
  const castProduct = async (label: string, castExpression: string) => {
    const sql = `SELECT street, count(*) AS n FROM residents WHERE CASE WHEN income > $t THEN ${castExpression} = 1 ELSE true END GROUP BY street`;
    const model = await a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token))
      .send({ name: `cast_${label}`, sql, parameters: [{ name: 't', type: 'DOUBLE' }], purpose: '按街道统计', exampleParams: { t: 1e12 } });
    expect({ status: model.status, error: model.body.error }).toEqual({ status: 201, error: undefined });
    expect((await reviewModel(a, model.body.id)).status).toBe(200);
    const product = await a.t.http.post('/api/v1/products').set(...bearer(a.w.operator.token))
      .send({ name: `街道统计 ${label}`, kind: 'api', modelId: model.body.id, description: '按街道统计人数', grantees: [OPERATOR_UNIT] });
    expect(product.status).toBe(201);
    const reviewed = await a.t.http.post(`/api/v1/products/${product.body.id}/review`).set(...bearer(a.t.authorityToken))
      .send({ decision: 'approve', parameterDomains: { t: { min: 0, max: 1e12 } } });
    expect(reviewed.status).toBe(200);
    products[label] = product.body.id as string;
  };

  beforeAll(async () => {
    a = await startAttackWorld();
    await castProduct('string', "CAST(CAST(income AS VARCHAR) || 'x' AS INTEGER)");
    await castProduct('overflow', 'CAST(income AS TINYINT)');
    liveIncomes = (await queryFile<{ income: number }>(liveFile(a.t, a.sandboxId), 'SELECT CAST(income AS DOUBLE) AS income FROM residents')).map((r) => Number(r.income));
    expect(liveIncomes.length).toBeGreaterThan(100);
  });
  afterAll(() => a.t.destroy());

  const invoke = (label: string, language: string): Promise<Res> =>
    a.t.http.get(`/api/v1/products/${products[label]}/invoke`).query({ t: '0' }).set(...bearer(a.w.operator.token)).set('Accept-Language', language);

  /** The live incomes a response shows (numbers of 4 or more significant digits close to one). */
  const liveValuesIn = (res: Res) => numbersIn(res.text).filter((n) => Math.abs(n) >= 1000 && liveIncomes.some((v) => Math.abs(v - n) < 0.01));

  it.each([
    ['string', 'en'], ['string', 'zh-CN'], ['overflow', 'en'], ['overflow', 'zh-CN'],
  ])('a %s cast failing on live answers the grantee (%s) without any live value', async (label, language) => {
    const res = await invoke(label, language);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.rows).toBeUndefined();
    expect(res.headers['content-language']).toBe(language);
    expect({ status: res.status, code: res.body.error?.code, liveValues: liveValuesIn(res) }).toEqual({ status: res.status, code: res.body.error?.code, liveValues: [] });
  });

  it('the same cast on the dev twin may quote the twin’s synthetic value (the operator sees twin rows anyway), never a live one', async () => {
    const res = await a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/query`).set(...bearer(a.w.operator.token)).set('Accept-Language', 'en')
      .send({ sql: 'SELECT CAST(income AS TINYINT) FROM residents', tier: 'dev' });
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 422, code: 'sql_error' });
    expect(liveValuesIn(res)).toEqual([]);
  });
});
