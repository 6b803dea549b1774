/** Typed access to what the middleware chain keeps on `res.locals` for one request. */
import type { Response } from 'express';
import type { AppAbility } from '../../policies/define-ability-for';
import type { Principal } from '../principals/principal';
import type { AuditNote } from './route';

export type AuditBoundary = {
  action: string;
  resource: string;
  note: AuditNote;
  /** Set once the request's entry has been appended (or attempted); guarantees one entry. */
  settled: boolean;
};

export type RequestLocals = {
  requestId: string;
  routeTemplate?: string;
  principal?: Principal;
  /** Authenticated by the metrics token: may read metrics and nothing else. */
  metricsScraper?: boolean;
  ability?: AppAbility;
  audit?: AuditBoundary;
};

export function locals(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}
