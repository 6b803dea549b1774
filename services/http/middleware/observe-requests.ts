/**
 * Records each finished request in the metrics and the operations log, labelled by route
 * template (never the raw path, which may carry identifiers).
 */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../../logging/create-logger';
import type { PlatformMetrics } from '../../metrics/platform-metrics';
import { locals } from '../request-locals';

export function observeRequests(metrics: PlatformMetrics, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = locals(res).routeTemplate ?? 'unmatched';
      metrics.observeRequest(req.method, route, res.statusCode, seconds);
      logger.http('request', { requestId: locals(res).requestId, method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) });
    });
    next();
  };
}
