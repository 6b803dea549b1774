/**
 * The demo's three datasets: schemas and deterministic generated rows (valid identifiers,
 * plausible Guangming District values; no real person or company).
 */
import { makeCnResidentId, makeUscc } from '../../masking-rules/identifiers/valid-identifier-generators';

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '郑'];
const given = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];
const streets = ['光明街道', '公明街道', '新湖街道', '凤凰街道', '玉塘街道', '马田街道'];
const roads = ['光明大道', '华夏路', '观光路', '公明北环大道', '东长路', '松白路'];
const industries = ['制造业', '批发和零售业', '信息技术服务业', '建筑业', '科学研究和技术服务业', '住宿和餐饮业'];
const insuredTypes = ['城镇职工养老保险', '医疗保险', '失业保险', '工伤保险'];

const csv = (header: string[], rows: (string | number)[][]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
const pick = <T>(list: T[], i: number, salt: number) => list[(i * 7919 + salt * 104729) % list.length];

export const demoDatasets = {
  residents: {
    owner: { name: '光明区公安分局', unit: '深圳市公安局光明分局' },
    schema: {
      name: 'residents', title: '光明区常住人口信息', level: 'important', openness: 'conditional', subjectKey: 'id_number',
      description: '常住人口基础信息（演示数据，均为生成值）',
      columns: [
        { name: 'id_number', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct', semantic: 'cn_id', nullable: false, description: '公民身份号码' },
        { name: 'name', type: 'VARCHAR', personal: 'personal', identifier: 'direct', semantic: 'cn_name', description: '姓名' },
        { name: 'gender', type: 'VARCHAR', personal: 'personal', identifier: 'quasi', semantic: 'category', description: '性别' },
        { name: 'birth_date', type: 'DATE', personal: 'personal', identifier: 'quasi', semantic: 'birth_date', description: '出生日期' },
        { name: 'mobile', type: 'VARCHAR', personal: 'personal', identifier: 'direct', semantic: 'cn_mobile', description: '手机号码' },
        { name: 'address', type: 'VARCHAR', personal: 'personal', identifier: 'quasi', semantic: 'cn_address', description: '居住地址' },
        { name: 'street', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'category', description: '所属街道' },
        { name: 'region_code', type: 'VARCHAR', personal: 'personal', identifier: 'quasi', semantic: 'region_code', description: '户籍地区划代码' },
        { name: 'income', type: 'DECIMAL(18,2)', personal: 'personal', identifier: 'none', semantic: 'amount', description: '月收入（元）' },
      ],
    },
    rows(n: number): string {
      return csv(['id_number', 'name', 'gender', 'birth_date', 'mobile', 'address', 'street', 'region_code', 'income'], Array.from({ length: n }, (_, i) => {
        const year = 1945 + (i * 37) % 60;
        const date = `${year}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
        const street = pick(streets, i, 1);
        return [
          makeCnResidentId(pick(['440311', '440306', '440304', '441322', '360121'], i, 2), date, i % 1000),
          `${pick(surnames, i, 3)}${pick(given, i, 4)}`,
          i % 2 === 0 ? '男' : '女',
          `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
          `1${pick(['38', '39', '58', '86', '37', '50'], i, 5)}${String(10000000 + ((i * 7393) % 89999999)).slice(0, 8)}`,
          `广东省深圳市光明区${street}${pick(roads, i, 6)}${(i % 300) + 1}号`,
          street,
          pick(['440311', '440306', '440304', '441322', '360121'], i, 2),
          (2800 + ((i * 7919) % 30000)).toFixed(2),
        ];
      }));
    },
  },
  enterprises: {
    owner: { name: '光明区市场监督管理局', unit: '深圳市市场监督管理局光明监管局' },
    schema: {
      name: 'enterprises', title: '光明区企业登记信息', level: 'general', openness: 'conditional', subjectKey: 'credit_code',
      columns: [
        { name: 'credit_code', type: 'VARCHAR', personal: 'none', identifier: 'direct', semantic: 'uscc', nullable: false, description: '统一社会信用代码' },
        { name: 'company_name', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'free_text', description: '企业名称' },
        { name: 'legal_rep', type: 'VARCHAR', personal: 'personal', identifier: 'direct', semantic: 'cn_name', description: '法定代表人' },
        { name: 'industry', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'category', description: '行业门类' },
        { name: 'street', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'category', description: '注册地街道' },
        { name: 'registered_capital', type: 'DECIMAL(18,2)', personal: 'none', identifier: 'quasi', semantic: 'amount', description: '注册资本（元）' },
        { name: 'established', type: 'DATE', personal: 'none', identifier: 'none', semantic: 'date', description: '成立日期' },
      ],
    },
    rows(n: number): string {
      return csv(['credit_code', 'company_name', 'legal_rep', 'industry', 'street', 'registered_capital', 'established'], Array.from({ length: n }, (_, i) => [
        enterpriseCode(i),
        `深圳市光明${pick(['华创', '新材', '智造', '云联', '光电', '生物'], i, 7)}${pick(['科技', '实业', '贸易', '电子'], i, 8)}有限公司${i}`,
        `${pick(surnames, i, 9)}${pick(given, i, 10)}`,
        pick(industries, i, 11),
        pick(streets, i, 12),
        ((1 + (i % 50)) * 200000).toFixed(2),
        `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      ]));
    },
  },
  social_insurance: {
    owner: { name: '光明区人力资源局', unit: '深圳市光明区人力资源局' },
    schema: {
      name: 'social_insurance', title: '光明区社会保险缴费记录', level: 'important', openness: 'conditional', subjectKey: 'id_number',
      columns: [
        { name: 'id_number', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct', semantic: 'cn_id', nullable: false, description: '参保人身份号码' },
        { name: 'month', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'category', description: '缴费月份' },
        { name: 'insured_type', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'category', description: '险种' },
        { name: 'amount', type: 'DECIMAL(18,2)', personal: 'personal', identifier: 'none', semantic: 'amount', description: '缴费金额（元）' },
        { name: 'employer_code', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'uscc', description: '缴费单位统一社会信用代码' },
      ],
    },
    rows(n: number, residents: number, enterprises: number): string {
      const ids = demoDatasets.residents.rows(residents).split('\n').slice(1, -1).map((l) => l.split(',')[0]);
      return csv(['id_number', 'month', 'insured_type', 'amount', 'employer_code'], Array.from({ length: n }, (_, i) => [
        ids[(i * 31) % ids.length],
        `${2023 + Math.floor((i % 24) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        pick(insuredTypes, i, 13),
        (200 + ((i * 613) % 1800)).toFixed(2),
        enterpriseCode((i * 17) % enterprises),
      ]));
    },
  },
};

function enterpriseCode(i: number): string {
  return makeUscc(`91440300${String(100000000 + i * 7).padStart(9, '0')}`.slice(0, 17));
}
