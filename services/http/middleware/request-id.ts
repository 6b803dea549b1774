/**
 * Gives every request an id, echoes it, and binds it to the logs. A caller's X-Request-Id is
 * kept only when it is a UUID, so nothing else a client sends (a token, say) is ever stored as one.
 */
import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../../logging/request-context';
import { locals } from '../request-locals';

const ACCEPTABLE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requestId(req: Request, res: Response, next: NextFunction): void {
  const offered = req.get('x-request-id');
  const id = offered && ACCEPTABLE.test(offered) ? offered : crypto.randomUUID();
  locals(res).requestId = id;
  res.setHeader('X-Request-Id', id);
  requestContext.run({ requestId: id }, () => next());
}
