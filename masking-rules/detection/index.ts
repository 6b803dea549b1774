/**
 * Column identifier detection: suggests a semantic, a confidence and a masking rule for each column
 * of a dataset from its metadata and a sample of its values.
 */
export * from './detection-types';
export { detectColumn, detectColumns } from './detect-columns';
export { matchHeader, isKeyLikeName, normalizeName, type HeaderHit } from './header-keywords';
export { noiseScale, niceNumber, policyFor, USCC_JUSTIFICATION } from './semantic-policy';
