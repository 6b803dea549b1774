/** Gives every request an id (the caller's X-Request-Id if well formed), echoes it, and binds it to the logs. */
import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../../logging/request-context';
import { locals } from '../request-locals';

const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

export function requestId(req: Request, res: Response, next: NextFunction): void {
  const offered = req.get('x-request-id');
  const id = offered && ACCEPTABLE.test(offered) ? offered : crypto.randomUUID();
  locals(res).requestId = id;
  res.setHeader('X-Request-Id', id);
  requestContext.run({ requestId: id }, () => next());
}
