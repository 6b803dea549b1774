/**
 * Simple per-value checks for the semantics that have no formal validator: dates, region codes,
 * Chinese personal names, Chinese addresses and numeric text.
 */
import type { SampleValue } from './sample-values';

/** Province-level codes (first two digits of a GB/T 2260 administrative region code). */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** The hundred most common surnames (2020 census order). */
const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔' +
  '谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤';

const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '端木',
];

const ADDRESS_MARKERS: readonly string[] = [
  '省', '市', '区', '县', '乡', '镇', '村', '街道', '街', '路', '巷', '弄', '号', '栋', '楼', '室', '单元', '小区', '大道',
];

/** A parsed calendar date; `hasTime` is true when a time of day other than midnight was given. */
export type ParsedDate = { year: number; month: number; day: number; hasTime: boolean };

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ZH_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromParts(y: string, m: string, d: string, hasTime: boolean): ParsedDate | null {
  const date = { year: Number(y), month: Number(m), day: Number(d), hasTime };
  return isRealDate(date.year, date.month, date.day) ? date : null;
}

/**
 * Parses a Date cell, an ISO-like date or timestamp (`2024-01-31`, `2024/1/31 08:00`), a Chinese
 * date (`2024年1月31日`) or, for text cells only, a compact `YYYYMMDD`. Returns null otherwise.
 */
export function parseDateValue(value: SampleValue): ParsedDate | null {
  if (value.kind === 'date' && value.date !== undefined) {
    const d = value.date;
    const hasTime = d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() + d.getUTCMilliseconds() > 0;
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hasTime };
  }
  if (value.kind !== 'string') return null;
  const iso = ISO_DATE.exec(value.text);
  if (iso) {
    const hasTime = [iso[4], iso[5], iso[6]].some((part) => part !== undefined && Number(part) !== 0);
    return fromParts(iso[1], iso[2], iso[3], hasTime);
  }
  const zh = ZH_DATE.exec(value.text);
  if (zh) return fromParts(zh[1], zh[2], zh[3], false);
  const compact = COMPACT_DATE.exec(value.text);
  if (compact && Number(compact[1]) >= 1900 && Number(compact[1]) <= 2100) return fromParts(compact[1], compact[2], compact[3], false);
  return null;
}

/** A 6-digit administrative region code whose first two digits are a province code. */
export function isRegionCode(text: string): boolean {
  return /^\d{6}$/.test(text) && PROVINCE_CODES.has(text.slice(0, 2));
}

/**
 * Scores a value as a Chinese personal name: 1 for 2 to 4 Han characters starting with a common
 * (or compound) surname, 0.5 for 2 to 4 Han characters with another first character, else 0.
 */
export function chineseNameScore(text: string): number {
  if (!/^\p{Script=Han}{2,4}$/u.test(text)) return 0;
  if (COMMON_SURNAMES.includes(text[0])) return 1;
  if (text.length >= 3 && COMPOUND_SURNAMES.includes(text.slice(0, 2))) return 1;
  return 0.5;
}

/**
 * A Chinese address: at least five characters, some Han, and at least two distinct markers such as
 * 省, 市, 区, 县, 镇, 街道, 路 or 号 (one marker alone also matches district names and categories).
 */
export function isChineseAddress(text: string): boolean {
  if ([...text].length < 5 || !/\p{Script=Han}/u.test(text)) return false;
  return ADDRESS_MARKERS.filter((marker) => text.includes(marker)).length >= 2;
}

/** Plain decimal text without a leading zero (`0`, `12`, `-3.5`); leading zeros mean a code. */
export function isNumericText(text: string): boolean {
  return /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text);
}

/** True when the text contains a letter of any script (Latin, Han, ...). */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}
