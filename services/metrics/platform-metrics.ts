/**
 * Prometheus metrics, in a registry of their own per app (so tests can build several apps):
 * request counts and latencies by route and status, audit entries and append latency.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AuditWriterObserver } from '../audit/audit-writer';

export class PlatformMetrics implements AuditWriterObserver {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly latency: Histogram<'method' | 'route' | 'status'>;
  private readonly auditEntries: Counter;
  private readonly auditCommit: Histogram;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'shuyu_' });
    this.requests = new Counter({ name: 'shuyu_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
    this.latency = new Histogram({
      name: 'shuyu_http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [this.registry],
    });
    this.auditEntries = new Counter({ name: 'shuyu_audit_entries_total', help: 'audit entries committed', registers: [this.registry] });
    this.auditCommit = new Histogram({
      name: 'shuyu_audit_append_duration_seconds',
      help: 'time to commit one audit group (entries committed together share one commit)',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [this.registry],
    });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
  }

  onCommit(entries: number, seconds: number): void {
    this.auditEntries.inc(entries);
    this.auditCommit.observe(seconds);
  }
}
