/**
 * Shared result shape for identifier validators.
 *
 * `valid` says whether the value is structurally an identifier of the given
 * kind; `warnings` carries soft findings (e.g. a failed check character for
 * identifiers whose spec says "warn, do not reject"); `reason` explains a
 * rejection.
 */

export type ValidationResult = { valid: boolean; warnings: string[]; reason?: string };

/** A passing result, optionally carrying warnings. */
export function ok(warnings: string[] = []): ValidationResult {
  return { valid: true, warnings: [...warnings] };
}

/** A failing result with a human-readable reason. */
export function invalid(reason: string): ValidationResult {
  return { valid: false, warnings: [], reason };
}
