/**
 * Parts of the twin's Guangming-flavoured addresses (深圳市光明区). faker's zh_CN cities are synthetic
 * (宁宁市) and its counties fall back to English, so twin addresses are composed in SQL from these
 * real sub-district (街道) and road names with a synthetic number, building and room. The form
 * (街道 + 路 + 号 + 栋 + 室, no 社区) differs from the live fake dictionary's, so a twin address never
 * equals a live fake address; masked to the street it has exactly the live masked shape.
 */

/** Province, city and district. */
export const twinAddressPrefix = '广东省深圳市光明区';

/** The six sub-districts of Guangming District. */
export const twinStreets = ['光明街道', '公明街道', '新湖街道', '凤凰街道', '玉塘街道', '马田街道'] as const;

/** Roads of Guangming District. */
export const twinRoads = [
  '光明大道', '华夏路', '观光路', '松白路', '公常路', '光侨路', '东长路', '长春路', '双明大道',
  '河心路', '圳园路', '塘明大道', '邦凯路', '光辉大道', '根玉路', '碧眼路', '民生路', '振明路',
  '创投路', '牛山路', '科裕路', '同观路', '华裕路', '田园路',
] as const;

/** Region codes (区划代码) of Shenzhen's districts; Guangming (440311) first. */
export const shenzhenRegionCodes = [
  '440311', '440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310',
] as const;
