/**
 * `GET /agreements/:id/compliance-report` (authority, auditors, the agreement's operator): the
 * agreement's whole history with the audit sequence numbers behind each line; printable HTML
 * (Chinese, or English with `?lang=en` or `Accept-Language: en`) under a Content-Security-Policy
 * that lets nothing load or run, or JSON with `Accept: application/json`. The request's audit
 * entry records the report's digest.
 */
import type { Request } from 'express';
import { z } from 'zod';
import { defineRoute, type Route, type RouteResult } from '../http/route';
import { complianceHtml, REPORT_CSP } from './compliance-html';
import { reportLanguages, type ReportLanguage } from './compliance-labels';
import type { ComplianceReportService } from './compliance-service';

const fact = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
const reportSchema = z.object({
  format: z.string(), generatedAt: z.string(), reportSha256: z.string(),
  agreement: z.object({
    id: z.string(), applicationId: z.string(), operatorUnit: z.string(), scenario: z.string(), purpose: z.string().nullable(), status: z.string(),
    startsAt: z.string(), endsAt: z.string(), sandboxId: z.string(),
    datasets: z.array(z.object({ datasetId: z.string(), title: z.string(), ownerUnit: z.string(), columns: z.array(z.string()) })),
  }),
  lines: z.array(z.object({
    at: z.string(), kind: z.string(), subject: z.string().nullable(), by: z.string().nullable(), facts: z.record(z.string(), fact), auditSeqs: z.array(z.number().int()),
    actor: z.object({ id: z.string(), role: z.string(), unit: z.string().nullable() }).nullable(),
  })),
  audit: z.object({ headAtGeneration: z.object({ seq: z.number().int(), hash: z.string() }) }),
});

/** `?lang=` first, then the first Chinese or English range of Accept-Language; Chinese by default. */
function reportLanguage(req: Request, lang: ReportLanguage | undefined): ReportLanguage {
  if (lang) return lang;
  for (const range of req.acceptsLanguages()) {
    const primary = range.split('-')[0].toLowerCase();
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'zh-CN';
}

export function complianceRoutes(reports: ComplianceReportService): Route[] {
  return [
    defineRoute({
      id: 'agreement.compliance_report', method: 'get', path: '/agreements/:id/compliance-report', tag: 'Agreements',
      summary: 'The compliance report of an agreement (合规报告): application, consents, decision, entrustments, settings, models and reviews, runs and releases, products, risk reports, suspensions, termination, sealing and the destruction certificate, in time order, each line with the audit sequence numbers behind it. Printable HTML (?lang=en or Accept-Language for English), or JSON with Accept: application/json. Authority, auditors, the agreement’s operator.',
      permission: ['read', 'ComplianceReport'], params: z.strictObject({ id: z.string().min(1).max(100) }), query: z.strictObject({ lang: z.enum(reportLanguages).optional() }),
      responses: { 200: { description: 'the report', schema: reportSchema, contentTypes: ['text/html', 'application/json'] }, 404: { description: 'not found, or not the caller’s own agreement' } },
      handler: async ({ params, query, req, ability, audit }): Promise<RouteResult> => {
        audit.resource = `agreement:${params.id}`;
        const report = await reports.report(params.id, ability);
        const html = req.accepts(['text/html', 'application/json']) === 'text/html';
        const language = reportLanguage(req, query.lang);
        audit.agreementId = report.agreement.id;
        audit.details = { format: html ? 'html' : 'json', language, reportSha256: report.reportSha256, lines: report.lines.length, auditHeadSeq: report.audit.headAtGeneration.seq };
        if (!html) return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: report };
        const page = complianceHtml(report, language);
        return {
          status: 200,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_CSP, 'Content-Language': language, 'Cache-Control': 'no-store' },
          stream: async (out) => void out.write(page),
        };
      },
    }),
  ];
}
