/**
 * Types produced by column identifier detection (`POST /datasets/:id/detect`).
 *
 * A `SuggestedRule` is a plain object in the rule-set document format (one column rule,
 * without the column name), so a source unit can paste the suggestion into its rule set.
 */
import type { Semantic, identifierKinds, personalKinds } from '../dataset-schema';

/** A column as the caller describes it: its name, its declared DuckDB type and an optional description. */
export type DetectionColumn = { name: string; type: string; description?: string };

/** One sampled row, keyed by column name, as read from the vault. */
export type SampleRow = Record<string, unknown>;

export type PersonalKind = (typeof personalKinds)[number];
export type IdentifierKind = (typeof identifierKinds)[number];

/** Mask presets of the rule-set format. */
export type MaskPreset = 'cn_id' | 'cn_mobile' | 'cn_name' | 'bank_card' | 'plate' | 'email' | 'cn_address';

/** A column rule in the rule-set document format. */
export type SuggestedRule =
  | { strategy: 'pseudonymize' }
  | { strategy: 'mask'; preset: MaskPreset }
  | { strategy: 'fake'; kind: 'cn_name' }
  | { strategy: 'generalize'; to: 'age_band'; width: number }
  | { strategy: 'generalize'; to: 'region'; digits: 2 | 4 | 6 }
  | { strategy: 'generalize'; to: 'month' }
  | { strategy: 'noise'; distribution: 'laplace'; scale: number }
  | { strategy: 'drop' }
  | { strategy: 'keep'; justification: string };

/**
 * The detection for one column. `confidence` is in 0..1 with two decimals, and is 0 exactly when
 * `semantic` is null. `evidence` holds short reasons; it never contains a sampled value.
 */
export type ColumnDetection = {
  name: string;
  semantic: Semantic | null;
  confidence: number;
  evidence: string[];
  suggestedRule: SuggestedRule;
  personal: PersonalKind;
  identifier: IdentifierKind;
};

/** Options for `detectColumns`; `now` bounds birth dates and ID-number dates (injectable for tests). */
export type DetectionOptions = { now?: Date };
