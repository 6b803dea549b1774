/**
 * Column identifier detection: suggests a semantic, a confidence and a masking rule per column from
 * its name, its description, its declared type and a sample of its values. Pure: the caller samples
 * the vault and passes the rows in.
 *
 * Scoring. Each candidate semantic gets a value confidence `cap × share²`, where `share` is the
 * part of the non-empty sampled values that pass its check and `cap` reflects how specific the check
 * is (0.95 for validated identifiers, 0.8 for dates, region codes, names and addresses, 0.55 for
 * amounts, 0.6 × a sample-size factor for categories, 0.4 × share for free text). A keyword in the
 * column name (strength 0.6) or description (0.45) adds `strength × share` by noisy-OR, so a header
 * is believed only as far as the values bear it out. With no sample, the header alone gives its
 * strength. The best candidate wins; values that pass a validator for nearly all rows therefore
 * beat a misleading header, and a column of mostly invalid values stays below 0.5.
 *
 * A date column becomes `birth_date` when its name says so or when its values look like birth
 * dates (1920..today, no time of day, spread over three or more decades).
 */
import type { Semantic } from '../dataset-schema';
import type { ColumnDetection, DetectionColumn, DetectionOptions, SampleRow } from './detection-types';
import { SEMANTIC_LABELS, headerEvidence, scrubEvidence, valueEvidence, warningEvidence } from './evidence';
import { isKeyLikeName, matchHeader, type HeaderHit } from './header-keywords';
import { columnValues, type SampleValue } from './sample-values';
import { nullPolicy, policyFor, type NullReason } from './semantic-policy';
import { isNumericType, measureValues, type ValueSignals } from './value-signals';

const NAME_STRENGTH = 0.6;
const DESCRIPTION_STRENGTH = 0.45;

/** Candidates in tie-break order, with their cap and the least share that makes them a candidate. */
const CANDIDATES: readonly { semantic: Semantic; cap: number; minShare: number }[] = [
  { semantic: 'cn_id', cap: 0.95, minShare: 0.2 },
  { semantic: 'uscc', cap: 0.95, minShare: 0.2 },
  { semantic: 'cn_mobile', cap: 0.95, minShare: 0.2 },
  { semantic: 'bank_card', cap: 0.95, minShare: 0.2 },
  { semantic: 'email', cap: 0.95, minShare: 0.2 },
  { semantic: 'plate', cap: 0.95, minShare: 0.2 },
  { semantic: 'date', cap: 0.8, minShare: 0.5 },
  { semantic: 'region_code', cap: 0.8, minShare: 0.5 },
  { semantic: 'cn_name', cap: 0.8, minShare: 0.5 },
  { semantic: 'cn_address', cap: 0.8, minShare: 0.5 },
  { semantic: 'category', cap: 0.6, minShare: 0 },
  { semantic: 'amount', cap: 0.55, minShare: 0.5 },
  { semantic: 'free_text', cap: 0.4, minShare: 0.3 },
];
const GENERIC: ReadonlySet<Semantic> = new Set<Semantic>(['category', 'amount', 'free_text']);

type Header = { hit: HeaderHit; strength: number; source: 'name' | 'description' };
type Choice = { semantic: Semantic | null; confidence: number; evidence: string[]; nullReason: NullReason };

/** `birth_date` is scored as a date; the birth decision comes after. */
function family(semantic: Semantic): Semantic {
  return semantic === 'birth_date' ? 'date' : semantic;
}

function noisyOr(a: number, b: number): number {
  return 1 - (1 - a) * (1 - b);
}

function shareOf(signals: ValueSignals, semantic: Semantic): number {
  return signals.shares[family(semantic)] ?? 0;
}

function valueConfidence(semantic: Semantic, share: number): number {
  const spec = CANDIDATES.find((c) => c.semantic === semantic);
  if (spec === undefined || share <= 0 || share < spec.minShare) return 0;
  if (semantic === 'category') return spec.cap * share;
  return semantic === 'free_text' ? spec.cap * share : spec.cap * share * share;
}

function readHeader(column: DetectionColumn): Header | null {
  const byName = matchHeader(column.name);
  if (byName !== null) return { hit: byName, strength: NAME_STRENGTH, source: 'name' };
  const byDescription = matchHeader(column.description);
  return byDescription === null ? null : { hit: byDescription, strength: DESCRIPTION_STRENGTH, source: 'description' };
}

function headerLine(column: DetectionColumn, header: Header): string {
  return headerEvidence(header.source, column.name, header.hit.semantic, header.hit.keyword);
}

/** Detection when the sample holds no value for the column: name, description and type only. */
function chooseWithoutValues(column: DetectionColumn, header: Header | null): Choice {
  const note = 'no non-empty sampled values, so the suggestion rests on the column metadata only';
  if (header !== null) {
    return { semantic: header.hit.semantic, confidence: header.strength, evidence: [headerLine(column, header), note], nullReason: 'not_personal' };
  }
  const type = column.type.trim().toUpperCase();
  if (/^BOOL/.test(type)) return { semantic: null, confidence: 0, evidence: ['declared boolean type', note], nullReason: 'boolean' };
  if (isKeyLikeName(column.name)) {
    return { semantic: null, confidence: 0, evidence: ['column name looks like a record key; pseudonymized so rows stay joinable', note], nullReason: 'record_key' };
  }
  if (/^(DATE|TIMESTAMP)/.test(type)) return { semantic: 'date', confidence: 0.4, evidence: ['declared date type', note], nullReason: 'not_personal' };
  if (isNumericType(type)) return { semantic: 'amount', confidence: 0.3, evidence: ['declared numeric type', note], nullReason: 'not_personal' };
  return {
    semantic: 'free_text',
    confidence: 0.2,
    evidence: ['column name not recognised; dropped until a reviewer decides otherwise', note],
    nullReason: 'not_personal',
  };
}

/** Detection from sampled values, with the header as a corroborating signal. */
function chooseWithValues(column: DetectionColumn, header: Header | null, signals: ValueSignals): Choice {
  if (signals.allBoolean) return { semantic: null, confidence: 0, evidence: ['all sampled values are booleans'], nullReason: 'boolean' };
  const keyLike = header === null && isKeyLikeName(column.name);
  let best: { semantic: Semantic; confidence: number } | null = null;
  for (const { semantic } of CANDIDATES) {
    if (keyLike && GENERIC.has(semantic)) continue;
    let confidence = valueConfidence(semantic, shareOf(signals, semantic));
    if (header !== null && family(header.hit.semantic) === semantic) {
      confidence = noisyOr(header.strength * shareOf(signals, semantic), confidence);
    }
    if (confidence > 0 && (best === null || confidence > best.confidence)) best = { semantic, confidence };
  }
  if (best === null || best.confidence < 0.05) {
    if (keyLike) {
      return { semantic: null, confidence: 0, evidence: ['column name looks like a record key; pseudonymized so rows stay joinable'], nullReason: 'record_key' };
    }
    return {
      semantic: 'free_text',
      confidence: 0.1,
      evidence: ['sampled values match no known pattern; dropped until a reviewer decides otherwise'],
      nullReason: 'not_personal',
    };
  }
  const evidence: string[] = [];
  const share = shareOf(signals, best.semantic);
  const headerAgrees = header !== null && family(header.hit.semantic) === best.semantic;
  if (header !== null) evidence.push(headerLine(column, header));
  evidence.push(valueEvidence(best.semantic, share));
  const warned = signals.warned[best.semantic] ?? 0;
  if (warned > 0) evidence.push(warningEvidence(warned));
  if (header !== null && !headerAgrees) {
    evidence.push(`the sampled values do not support the ${SEMANTIC_LABELS[header.hit.semantic]} suggested by the column metadata`);
  }
  return { semantic: best.semantic, confidence: best.confidence, evidence, nullReason: 'not_personal' };
}

/** Splits the date family into birth_date or date. */
function resolveBirth(choice: Choice, header: Header | null, signals: ValueSignals | null): Choice {
  if (choice.semantic !== 'date' && choice.semantic !== 'birth_date') return choice;
  if (header?.hit.semantic === 'birth_date') return { ...choice, semantic: 'birth_date' };
  if (signals?.birthPlausible) {
    return { ...choice, semantic: 'birth_date', evidence: [...choice.evidence, 'dates span several decades in a plausible birth-date range'] };
  }
  return { ...choice, semantic: 'date' };
}

function round2(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** Detects one column. */
export function detectColumn(column: DetectionColumn, sample: readonly SampleRow[], options: DetectionOptions = {}): ColumnDetection {
  const now = options.now ?? new Date();
  const header = readHeader(column);
  const values: SampleValue[] = columnValues(sample, column.name);
  const signals = values.length > 0 ? measureValues(values, column.type, now) : null;
  const raw = signals === null ? chooseWithoutValues(column, header) : chooseWithValues(column, header, signals);
  const choice = resolveBirth(raw, header, signals);
  const evidence = [...choice.evidence];
  if (choice.semantic === null) {
    const policy = nullPolicy(choice.nullReason);
    return { name: column.name, semantic: null, confidence: 0, evidence: scrubEvidence(evidence, values), suggestedRule: policy.rule, personal: policy.personal, identifier: policy.identifier };
  }
  const personalCategory = header !== null && header.hit.semantic === 'category' && header.hit.personalCategory;
  const policy = policyFor(choice.semantic, { numbers: signals?.numbers ?? [], personalCategory });
  if (choice.semantic === 'amount') {
    evidence.push(signals === null || signals.numbers.length === 0
      ? 'no sampled numbers: the noise scale is a placeholder to review'
      : 'noise scale is about five percent of the median magnitude in the sample, rounded');
  }
  return {
    name: column.name,
    semantic: choice.semantic,
    confidence: Math.max(0.01, round2(choice.confidence)),
    evidence: scrubEvidence(evidence, values),
    suggestedRule: policy.rule,
    personal: policy.personal,
    identifier: policy.identifier,
  };
}

/** Detects every column; `sample` is a list of rows keyed by column name. */
export function detectColumns(columns: readonly DetectionColumn[], sample: readonly SampleRow[], options: DetectionOptions = {}): ColumnDetection[] {
  return columns.map((column) => detectColumn(column, sample, options));
}
