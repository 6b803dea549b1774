/**
 * The guard on feedback texts: every personal identifier is found, through the usual disguises,
 * and the ordinary words of a quality report (dates, counts, amounts, masked values, pseudonyms,
 * periods) pass.
 */
import { makeBankCard, makeCnResidentId } from '../../../masking-rules/identifiers/valid-identifier-generators';
import { personalValuesIn, refusePersonalValues } from '../../../services/feedback/personal-values';

const ID = makeCnResidentId('110105', '19491231', 2);
const CARD = makeBankCard('622202', 19, 7);

describe('personal values in feedback texts', () => {
  it.each([
    ['a resident ID in a question', `请问 ${ID} 是否在你们的数据里？`, 'cn_id'],
    ['a resident ID with a lower-case x', `身份证${ID.toLowerCase()}`, 'cn_id'],
    ['a legacy 15-digit ID', '旧证号 110105491231002 需核对', 'cn_id_legacy'],
    ['a mobile number', '联系人电话13800138000', 'cn_mobile'],
    ['a mobile number with +86', '电话 +86 13800138000', 'cn_mobile'],
    ['a bank card', `卡号 ${CARD} 的记录`, 'bank_card'],
    ['an e-mail address', '请回复至 zhang.san@example.com。', 'email'],
  ])('finds %s', (_, text, kind) => {
    expect(personalValuesIn(text)).toContain(kind);
  });

  it.each([
    ['full-width digits', `证号${ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}`, 'cn_id'],
    ['digits in groups', `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`, 'cn_id'],
    ['dashes between digits', '138-0013-8000', 'cn_mobile'],
    ['Chinese numerals', '一三八零零一三八零零零', 'cn_mobile'],
    ['幺 for one', '幺三八零零幺三八零零零', 'cn_mobile'],
    ['[at] and [dot]', 'zhang.san[at]example[dot]com', 'email'],
    ['a full-width at sign', 'zhang.san＠example.com', 'email'],
    ['a card in groups of four', CARD.replace(/(\d{4})(?=\d)/g, '$1 '), 'bank_card'],
  ])('sees through %s', (_, text, kind) => {
    expect(personalValuesIn(text)).toContain(kind);
  });

  it.each([
    ['dates and periods', '2024-01-01 至 2024-03-31 的数据（2026-Q1）缺失'],
    ['counts and amounts', '共 1234567 行，收入合计 12,345,678.90 元，均值 5432.10'],
    ['an ID with a wrong check character', `证号 ${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'} 格式可疑`],
    ['a masked ID and a masked mobile', '110105********002X、138****8000'],
    ['a pseudonym', '假名 a3f9c0e1d2b4138001380009e7f6 重复出现'],
    ['a card number failing Luhn', `${CARD.slice(0, 18)}${(Number(CARD[18]) + 1) % 10}`],
    ['street names and categories', '光明街道、公明街道的“就业困难人员”类别缺少 2 月数据'],
  ])('lets %s pass', (_, text) => {
    expect(personalValuesIn(text)).toEqual([]);
  });

  it('refuses with the field and the kind, never the text, and tells the caller which fields', () => {
    let heard: unknown;
    let error: unknown;
    try {
      refusePersonalValues({ description: '没有问题', 'example.text': `样例 ${ID}，电话 13800138000` }, (found) => { heard = found; });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ status: 422, code: 'personal_value' });
    const details = (error as { details: { path: string; message: string }[] }).details;
    expect(details).toEqual([
      { path: 'example.text', message: 'contains what looks like a resident ID number' },
      { path: 'example.text', message: 'contains what looks like a mobile number' },
    ]);
    expect(heard).toEqual({ fields: ['example.text'], kinds: ['cn_id', 'cn_mobile'] });
    expect(JSON.stringify({ error, details })).not.toContain(ID);
    expect(() => refusePersonalValues({ description: '街道名称不一致', note: undefined })).not.toThrow();
  });
});
