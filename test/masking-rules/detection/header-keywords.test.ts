/**
 * Column-name keywords: Chinese, English and pinyin variants, case and separators, the
 * last-keyword-wins rule, and names that must not be read as personal names.
 */
import { isKeyLikeName, matchHeader, normalizeName } from '../../../masking-rules/detection';

describe('normalizeName', () => {
  it('splits camelCase, digits, separators and Han/Latin boundaries into tokens', () => {
    expect(normalizeName('contactPhone')).toBe('_contact_phone_');
    expect(normalizeName(' Birth-Date ')).toBe('_birth_date_');
    expect(normalizeName('addr2')).toBe('_addr_2_');
    expect(normalizeName('联系人Mobile号')).toBe('_联系人_mobile_号_');
  });
});

describe('matchHeader', () => {
  it.each([
    ['身份证号', 'cn_id'], ['身份证号码', 'cn_id'], ['公民身份号码', 'cn_id'], ['证件号码', 'cn_id'], ['ID_CARD', 'cn_id'],
    ['id_number', 'cn_id'], ['idno', 'cn_id'], ['SFZH', 'cn_id'], ['法定代表人身份证号', 'cn_id'],
    ['手机号', 'cn_mobile'], ['手机号码', 'cn_mobile'], ['联系电话', 'cn_mobile'], ['电话', 'cn_mobile'], ['Mobile', 'cn_mobile'],
    ['phone', 'cn_mobile'], ['tel', 'cn_mobile'], ['sjhm', 'cn_mobile'], ['联系人电话', 'cn_mobile'], ['contactPhone', 'cn_mobile'],
    ['姓名', 'cn_name'], ['名字', 'cn_name'], ['联系人', 'cn_name'], ['法定代表人', 'cn_name'], ['NAME', 'cn_name'], ['xm', 'cn_name'],
    ['地址', 'cn_address'], ['住址', 'cn_address'], ['居住地址', 'cn_address'], ['户籍地址', 'cn_address'], ['注册地址', 'cn_address'],
    ['address', 'cn_address'], ['addr', 'cn_address'], ['dz', 'cn_address'],
    ['统一社会信用代码', 'uscc'], ['信用代码', 'uscc'], ['USCC', 'uscc'], ['credit_code', 'uscc'], ['tyshxydm', 'uscc'],
    ['银行卡号', 'bank_card'], ['卡号', 'bank_card'], ['账号', 'bank_card'], ['bank_card', 'bank_card'], ['card_no', 'bank_card'],
    ['车牌', 'plate'], ['车牌号', 'plate'], ['plate', 'plate'], ['license_plate', 'plate'],
    ['邮箱', 'email'], ['电子邮件', 'email'], ['email', 'email'], ['电子邮件地址', 'email'], ['email_address', 'email'],
    ['出生日期', 'birth_date'], ['生日', 'birth_date'], ['birth', 'birth_date'], ['birthday', 'birth_date'], ['birth_date', 'birth_date'],
    ['csrq', 'birth_date'], ['date_of_birth', 'birth_date'],
    ['日期', 'date'], ['时间', 'date'], ['date', 'date'], ['created_at', 'date'], ['start_date', 'date'], ['缴费日期', 'date'],
    ['区划代码', 'region_code'], ['行政区划', 'region_code'], ['region_code', 'region_code'], ['xzqh', 'region_code'],
    ['金额', 'amount'], ['收入', 'amount'], ['工资', 'amount'], ['缴费', 'amount'], ['amount', 'amount'], ['income', 'amount'],
    ['salary', 'amount'], ['fee', 'amount'],
    ['类别', 'category'], ['类型', 'category'], ['状态', 'category'], ['性别', 'category'], ['category', 'category'],
    ['type', 'category'], ['status', 'category'], ['gender', 'category'], ['card_type', 'category'],
    ['备注', 'free_text'], ['说明', 'free_text'], ['描述', 'free_text'], ['remark', 'free_text'], ['note', 'free_text'],
    ['description', 'free_text'],
  ])('%s -> %s', (name, semantic) => {
    expect(matchHeader(name)?.semantic).toBe(semantic);
  });

  it.each(['hotel', 'coffee', 'rename', 'update_count', 'at', 'company_name', 'product_name', '企业名称', 'score', 'x'])(
    '%s matches nothing',
    (name) => expect(matchHeader(name)).toBeNull(),
  );

  it('reports the keyword and whether a category describes a person', () => {
    expect(matchHeader('月收入')).toEqual({ semantic: 'amount', keyword: '收入', personalCategory: false });
    expect(matchHeader('性别')?.personalCategory).toBe(true);
    expect(matchHeader('订单状态')?.personalCategory).toBe(false);
  });

  it('ignores empty and missing text', () => {
    expect(matchHeader(undefined)).toBeNull();
    expect(matchHeader('   ')).toBeNull();
  });
});

describe('isKeyLikeName', () => {
  it.each(['id', 'user_id', 'order_no', 'zip_code', '记录编号', '序号', 'recordKey'])('%s is key-like', (name) => {
    expect(isKeyLikeName(name)).toBe(true);
  });
  it.each(['total', 'score', 'video', 'notice'])('%s is not', (name) => expect(isKeyLikeName(name)).toBe(false));
});
