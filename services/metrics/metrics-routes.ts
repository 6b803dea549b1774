/** `GET /metrics`: Prometheus text, for the authority or the configured metrics token. */
import { defineRoute, type Route } from '../http/route';
import type { PlatformMetrics } from './platform-metrics';

export function metricsRoutes(metrics: PlatformMetrics): Route[] {
  return [
    defineRoute({
      id: 'metrics.read',
      method: 'get',
      path: '/metrics',
      tag: 'Operations',
      summary: 'Prometheus metrics (authority token or metrics token)',
      auth: 'metrics',
      permission: ['read', 'Metrics'],
      responses: { 200: { description: 'Prometheus text format', contentTypes: ['text/plain'] } },
      handler: async ({ audit }) => {
        audit.resource = 'metrics';
        const text = await metrics.registry.metrics();
        return { status: 200, body: text, headers: { 'Content-Type': metrics.registry.contentType } };
      },
    }),
  ];
}
