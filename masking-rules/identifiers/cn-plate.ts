/**
 * Validator for mainland China vehicle licence plates.
 *
 * Province abbreviation + issuing-authority letter (A-Z except I, O), an
 * optional separator (middle dot or space), then either
 *  - ordinary 7-char plate: 5 chars of [A-HJ-NP-Z0-9], or 4 such chars plus
 *    a suffix character (挂学警港澳领试超使); or
 *  - new-energy 8-char plate: [DF][A-HJ-NP-Z0-9][0-9]{4} (small cars) or
 *    [0-9]{5}[DF] (large vehicles).
 * Letters must be uppercase. Leading/trailing whitespace is ignored.
 */

import { invalid, ok, type ValidationResult } from './validation-result';

export const CN_PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

const SEPARATOR = '(?:[·•・ ])?';
const PREFIX = `^[${CN_PLATE_PROVINCES}][A-HJ-NP-Z]${SEPARATOR}`;
const SERIAL_CHAR = '[A-HJ-NP-Z0-9]';
const ORDINARY = new RegExp(`${PREFIX}${SERIAL_CHAR}{4}(?:${SERIAL_CHAR}|[挂学警港澳领试超使])$`, 'u');
const NEW_ENERGY = new RegExp(`${PREFIX}(?:[DF]${SERIAL_CHAR}[0-9]{4}|[0-9]{5}[DF])$`, 'u');

/** Validates a mainland licence plate (ordinary or new-energy). */
export function validateCnPlate(value: string): ValidationResult {
  const plate = value.trim();
  const first = [...plate][0] ?? '';
  if (first === '' || !CN_PLATE_PROVINCES.includes(first)) {
    return invalid('plate must start with a province abbreviation');
  }
  if (ORDINARY.test(plate) || NEW_ENERGY.test(plate)) return ok();
  return invalid('plate does not match the ordinary or new-energy format');
}
