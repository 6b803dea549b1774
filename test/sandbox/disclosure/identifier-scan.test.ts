import { scanForIdentifiers } from '../../../sandbox/disclosure/identifier-scan';
import { makeBankCard, makeCnResidentId, makeUscc } from '../../../masking-rules/identifiers/valid-identifier-generators';

const columns = [{ name: 'v', type: 'VARCHAR' }];
const scan = (value: unknown, type = 'VARCHAR') => scanForIdentifiers([{ name: 'v', type }], [[value]]).map((h) => h.kind);

describe('identifier scan', () => {
  it('finds identifiers alone and inside text', () => {
    expect(scan(makeCnResidentId('440311', '19900101', 12))).toEqual(['cn_id']);
    expect(scan('联系电话13812345678，请回电')).toEqual(['cn_mobile']);
    expect(scan('+86 13812345678')).toEqual(['cn_mobile']);
    expect(scan(makeUscc('91440300MA5F12345'))).toEqual(['uscc']);
    expect(scan(makeBankCard('622202', 19, 7))).toEqual(['bank_card']);
    expect(scan(13812345678, 'BIGINT')).toEqual(['cn_mobile']);
  });

  it('does not take hex pseudonyms, decimals or near-misses for identifiers', () => {
    expect(scan('a3f13912345678b0c4d5e6f7a8b9c0d1')).toEqual([]);
    expect(scan('13812345678.00', 'DECIMAL(18,2)')).toEqual([]);
    expect(scan('12812345678')).toEqual([]);
    expect(scan('440311199001010121')).toEqual([]);
    expect(scanForIdentifiers(columns, [[null], ['光明街道']])).toEqual([]);
  });
});
