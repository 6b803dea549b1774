/// <reference lib="dom" />
/**
 * Entrusted review in a real browser, in both languages: the authority sees the demo's examiner
 * entrusted with the demo agreement, entrusts a new examiner with every agreement and revokes
 * it; the agreement page shows two-person release locked on (the demo's data are important);
 * an examiner sees its own entrustments and no control to entrust or revoke; the authority
 * coordinates (协调) a refused application and the source unit reads the note beside its new
 * decision. Every outcome is checked through the API.
 */
import { apiCall, checkPage, openConsole, startConsoleWorld, type ConsoleWorld, type Locale } from './console-world';

let world: ConsoleWorld;

beforeAll(async () => {
  world = await startConsoleWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

type Entrustment = { id: string; examinerId: string; agreementId: string | null; revokedAt: string | null };
const list = async (token: string) => (await apiCall<{ entrustments: Entrustment[] }>(world, token, 'GET', '/entrustments')).body.entrustments;

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  test('the authority entrusts an examiner with every agreement and revokes it; two-person release is locked on', async () => {
    const { tokens, demo } = world;
    const created = await apiCall<{ id: string }>(world, tokens.authority, 'POST', '/principals', { name: `审查机构-${locale}`, role: 'examiner', unit: `第三方检测机构-${locale}` });
    expect(created.status).toBe(201);

    const c = await openConsole(world, locale);
    await c.signIn(tokens.authority);
    await c.page.getByTestId('nav-entrustments').click();
    const table = c.page.getByTestId('entrustments-table');
    await table.locator('tbody tr').first().waitFor();
    const demoEntrustment = (await list(tokens.authority)).find((e) => e.agreementId === demo.agreementId);
    expect(demoEntrustment).toBeDefined();
    await c.page.getByTestId(`entrustment-state-${demoEntrustment!.id}`).waitFor();

    await c.page.getByTestId('entrust-examiner').click();
    await c.page.getByTestId(`entrust-examiner-${created.body.id}`).click();
    await c.page.getByTestId('entrust-note').fill('年度委托');
    await checkPage(c, 'governance-entrustments');
    await c.page.getByTestId('entrust-create').click();
    let mine: Entrustment | undefined;
    for (let i = 0; i < 50 && !mine; i += 1) {
      mine = (await list(tokens.authority)).find((e) => e.examinerId === created.body.id);
      if (!mine) await c.page.waitForTimeout(100);
    }
    expect(mine).toMatchObject({ agreementId: null, revokedAt: null });
    await c.page.locator(`[data-test="entrustment-state-${mine!.id}"][data-state="active"]`).waitFor();
    await c.page.getByTestId(`entrustment-revoke-${mine!.id}`).click();
    await c.page.locator(`[data-test="entrustment-state-${mine!.id}"][data-state="revoked"]`).waitFor();
    expect((await list(tokens.authority)).find((e) => e.id === mine!.id)?.revokedAt).not.toBeNull();

    // The demo agreement holds important data: two-person release is on and cannot be switched off.
    await c.go(`/authority/agreements/${demo.agreementId}`);
    const setting = c.page.locator('[data-test="two-person-setting"][data-state="on"]');
    await setting.waitFor();
    expect(await c.page.getByTestId('two-person-switch').locator('input').isDisabled()).toBe(true);
    expect(c.errors).toEqual([]);
    await c.close();
  }, 180_000);

  test('the authority coordinates a refusal; the source unit reads the note and decides again', async () => {
    const { tokens, demo } = world;
    // The residents dataset (it has a street column) and the token of the unit that owns it.
    const dataset = demo.datasets.residents;
    const owner = (await apiCall<{ ownerUnit: string }>(world, tokens.authority, 'GET', `/datasets/${dataset}`)).body.ownerUnit;
    let ownerToken = '';
    for (const token of Object.values(tokens.sources)) {
      if ((await apiCall<{ unit: string }>(world, token, 'GET', '/me')).body.unit === owner) ownerToken = token;
    }
    const applied = await apiCall<{ id: string }>(world, tokens.operator, 'POST', '/applications', {
      scenario: `协调演示-${locale}`, purpose: '按街道汇总', datasets: [{ datasetId: dataset, columns: ['street'] }],
      startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    expect(applied.status).toBe(201);
    const refusal = await apiCall(world, ownerToken, 'POST', `/applications/${applied.body.id}/consents`, { datasetId: dataset, decision: 'reject', comment: '用途说明不充分' });
    expect(refusal.status).toBe(201);

    const c = await openConsole(world, locale);
    await c.signIn(tokens.authority);
    await c.page.getByTestId('nav-authority-applications').click();
    const card = c.page.getByTestId(`application-${applied.body.id}`);
    await card.getByTestId(`coordinate-note-${dataset}`).fill('用途已补充说明：仅按街道汇总，请重新考虑');
    await checkPage(c, 'governance-coordinate');
    await card.getByTestId(`coordinate-submit-${dataset}`).click();
    await card.getByTestId(`reopened-${dataset}`).waitFor();
    const after = await apiCall<{ status: string; reopened: { note: string }[] }>(world, tokens.authority, 'GET', `/applications/${applied.body.id}`);
    expect(after.body).toMatchObject({ status: 'submitted', reopened: [{ note: '用途已补充说明：仅按街道汇总，请重新考虑' }] });
    expect(c.errors).toEqual([]);
    await c.close();

    const s = await openConsole(world, locale);
    await s.signIn(ownerToken);
    await s.page.getByTestId('nav-source-consents').click();
    const entry = s.page.getByTestId(`consent-app-${applied.body.id}`);
    expect(await entry.getByTestId(`consent-reopened-${dataset}`).innerText()).toContain('用途已补充说明');
    await entry.getByTestId(`consent-approve-${dataset}`).waitFor();
    await checkPage(s, 'governance-reopened-consent');
    expect(s.errors).toEqual([]);
    await s.close();
  }, 180_000);

  test('an examiner sees its own entrustments and no control to entrust or revoke', async () => {
    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.examiner);
    await c.page.getByTestId('nav-entrustments').click();
    await c.page.getByTestId('entrustments-table').locator('tbody tr').first().waitFor();
    const own = await list(world.tokens.examiner);
    expect(own.length).toBeGreaterThan(0);
    expect(await c.page.getByTestId('entrustments-table').locator('tbody tr').count()).toBe(own.length);
    expect(await c.page.locator('[data-test^="entrust-"], [data-test^="entrustment-revoke-"]').count()).toBe(0);
    await checkPage(c, 'governance-entrustments-examiner');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);
});
