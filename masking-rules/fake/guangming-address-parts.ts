/**
 * Parts for synthetic addresses in Guangming District, Shenzhen. faker's zh_CN city names are
 * synthetic (宁宁市) and its county names fall back to English, so fake addresses are composed from
 * these real street (街道) and road names instead, with a fake community, building and number.
 */

/** The province, city and district every fake address starts with. */
export const guangmingPrefix = '广东省深圳市光明区';

/** The six sub-districts (街道) of Guangming District. */
export const guangmingStreets = ['光明街道', '公明街道', '新湖街道', '凤凰街道', '玉塘街道', '马田街道'] as const;

/** Road names found in Guangming District. */
export const guangmingRoads = [
  '光明大道', '华夏路', '观光路', '松白路', '公常路', '光侨路', '东长路', '长春路',
  '双明大道', '河心路', '圳园路', '塘明大道', '邦凯路', '光辉大道', '南光高速辅路', '根玉路',
] as const;

/** Community (社区) name stems; the address adds 社区. */
export const guangmingCommunities = [
  '碧眼', '东周', '圳美', '白花', '迳口', '翠湖', '楼村', '合水口', '上村', '下村',
  '田寮', '玉律', '将石', '石围', '塘家', '东坑', '凤凰', '南庄', '新羌', '木墩',
] as const;
