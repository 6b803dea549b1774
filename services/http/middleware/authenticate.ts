/**
 * Resolves the bearer token to a principal and its CASL ability. Every failure (missing,
 * malformed, unknown, revoked) gets the same 401, so a probe learns nothing about tokens.
 * The metrics token, when configured and passed in, authenticates only as a metrics scraper
 * (only the metrics route is given it).
 */
import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { defineAbilityFor, type PolicyPrincipal } from '../../../policies/define-ability-for';
import type { Principal } from '../../principals/principal';
import { UnauthenticatedError } from '../../errors/app-error';
import type { PrincipalService } from '../../principals/principal-service';
import { locals } from '../request-locals';

export function bearerToken(req: Request): string | null {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer ([^\s]+)$/.exec(header);
  return match ? match[1] : null;
}

/** What a principal's ability depends on besides its role, read for each request (an examiner's entrustments). */
export type PolicyScope = (principal: Principal) => Promise<Pick<PolicyPrincipal, 'entrusted' | 'partner'>>;

export function authenticate(principals: PrincipalService, options: { metricsToken?: string; policyScope?: PolicyScope } = {}) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(req);
    if (!token) return next(new UnauthenticatedError());
    if (options.metricsToken && sameSecret(token, options.metricsToken)) {
      locals(res).metricsScraper = true;
      return next();
    }
    const principal = await principals.authenticate(token);
    if (!principal) return next(new UnauthenticatedError());
    locals(res).principal = principal;
    locals(res).ability = defineAbilityFor({ ...principal, ...(await options.policyScope?.(principal)) });
    next();
  };
}

/** Identifies the caller if it can, without failing: used by routes that answer the same either way. */
export function identifyIfPossible(principals: PrincipalService) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(req);
    const principal = token ? await principals.authenticate(token) : null;
    if (principal) locals(res).principal = principal;
    next();
  };
}

function sameSecret(a: string, b: string): boolean {
  const left = crypto.createHash('sha256').update(a).digest();
  const right = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(left, right);
}
