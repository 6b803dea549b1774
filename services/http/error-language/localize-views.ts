/**
 * Check messages, disclosure reasons and detection evidence in a successful answer, in the
 * request's language (Accept-Language, as for errors): the routes that return models, runs, the
 * reviewer's airlock and column detection pass their body through these at response time. Only
 * the English sentences change; names, passed flags, figures, row values and everything stored
 * (and hashed) stay as they are, and English bodies are returned unchanged.
 */
import type { Request, Response } from 'express';
import { chooseErrorLanguage, type ErrorLanguage } from './choose-error-language';
import { localizeMessage } from './localize-message';

type Check = { message: string };
type WithChecks = { checks: Check[] };
type Diagnosed = { reasons: string[]; cells?: { reasons: string[] }[] };

/** The request's language; the answer says it varies with Accept-Language and which it is in. */
export function answerLanguage({ req, res }: { req: Request; res: Response }): ErrorLanguage {
  const language = chooseErrorLanguage(req);
  res.vary('Accept-Language');
  res.set('Content-Language', language);
  return language;
}

export function localizeChecks<T extends Check>(checks: T[], language: ErrorLanguage): T[] {
  if (language === 'en' || !Array.isArray(checks)) return checks;
  return checks.map((check) => ({ ...check, message: localizeMessage(check.message, language) }));
}

/** A model (or the part of one a route returns) with its checks localized. */
export function localizeModel<T extends WithChecks>(model: T, language: ErrorLanguage): T {
  if (language === 'en' || !model || !Array.isArray(model.checks)) return model;
  return { ...model, checks: localizeChecks(model.checks, language) };
}

/** A run as a reviewer reads it (its disclosure checks); an operator's view has none and passes as it is. */
export function localizeRun<T extends object>(run: T, language: ErrorLanguage): T {
  if (language === 'en' || !run || !('disclosure' in run)) return run;
  const disclosure = (run as { disclosure: WithChecks }).disclosure;
  if (!disclosure || !Array.isArray(disclosure.checks)) return run;
  return { ...run, disclosure: { ...disclosure, checks: localizeChecks(disclosure.checks, language) } };
}

const reasons = (list: string[], language: ErrorLanguage) => (Array.isArray(list) ? list.map((r) => localizeMessage(r, language)) : list);

/** The airlock: the run, the model's checks, the disclosure checks, and each row's and cell's reasons (never their values). */
export function localizeReview<T extends { run: object; model: WithChecks; checks: Check[]; rows: Diagnosed[] }>(review: T, language: ErrorLanguage): T {
  if (language === 'en') return review;
  return {
    ...review,
    run: localizeRun(review.run, language),
    model: localizeModel(review.model, language),
    checks: localizeChecks(review.checks, language),
    rows: review.rows.map((row) => ({
      ...row,
      reasons: reasons(row.reasons, language),
      ...(Array.isArray(row.cells) ? { cells: row.cells.map((cell) => ({ ...cell, reasons: reasons(cell.reasons, language) })) } : {}),
    })),
  };
}

/** Column detections with their evidence localized. */
export function localizeDetections<T extends { evidence: string[] }>(columns: T[], language: ErrorLanguage): T[] {
  if (language === 'en') return columns;
  return columns.map((column) => ({ ...column, evidence: reasons(column.evidence, language) }));
}
