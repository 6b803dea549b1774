/**
 * Models an operator of the demo agreement would submit first: each one SELECT that disclosure
 * control accepts on `live`, over the columns the demo application asks for. `filters` names the
 * published categories (generalised bands and buckets, kept categories) a model filters on: on the
 * `dev` twin these values exist too, so such a model returns rows there before it is submitted.
 */
export type DemoModel = { name: string; purpose: string; sql: string; filters: string[] };

export const demoModels: readonly DemoModel[] = [
  {
    name: 'residents_by_street_men',
    purpose: '按街道统计男性常住人口数量，用于就业帮扶资源配置',
    sql: "SELECT street, count(*) AS people FROM residents WHERE gender = '男' GROUP BY street ORDER BY street",
    filters: ['residents.gender'],
  },
  {
    name: 'income_by_age_band_and_gender',
    purpose: '按年龄段和性别统计人数与平均月收入',
    sql: 'SELECT birth_date AS age_band, gender, count(*) AS people, avg(income) AS mean_income FROM residents GROUP BY birth_date, gender ORDER BY age_band, gender',
    filters: [],
  },
  {
    name: 'residents_aged_30_39_by_street',
    purpose: '统计各街道 30 至 39 岁常住人口数量',
    sql: "SELECT street, count(*) AS people FROM residents WHERE birth_date = '30-39' GROUP BY street ORDER BY street",
    filters: ['residents.birth_date'],
  },
  {
    name: 'payments_by_month_and_type',
    purpose: '按月份和险种统计缴费笔数与缴费总额',
    sql: 'SELECT month, insured_type, count(*) AS payments, count(DISTINCT id_number) AS payers, sum(amount) AS total FROM social_insurance GROUP BY month, insured_type ORDER BY month, insured_type',
    filters: [],
  },
  {
    name: 'medical_insurance_payers_by_street',
    purpose: '按街道统计医疗保险参保人数',
    sql: "SELECT r.street, count(DISTINCT s.id_number) AS insured FROM residents r JOIN social_insurance s ON r.id_number = s.id_number WHERE s.insured_type = '医疗保险' GROUP BY r.street ORDER BY r.street",
    filters: ['social_insurance.insured_type'],
  },
  {
    name: 'manufacturers_by_capital_bucket',
    purpose: '统计制造业企业在各注册资本区间的数量',
    sql: "SELECT registered_capital, count(*) AS firms FROM enterprises WHERE industry = '制造业' GROUP BY registered_capital ORDER BY registered_capital",
    filters: ['enterprises.industry'],
  },
  {
    name: 'firms_with_one_million_capital_by_street',
    purpose: '统计注册资本在 100 万至 200 万元区间的企业按街道分布',
    sql: 'SELECT street, count(*) AS firms FROM enterprises WHERE registered_capital = 1000000 GROUP BY street ORDER BY street',
    filters: ['enterprises.registered_capital'],
  },
];
