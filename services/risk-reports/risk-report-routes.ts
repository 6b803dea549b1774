/**
 * `/risk-reports` (风险报备): the authority opens, acknowledges and closes them; an operator reads
 * its own agreements' reports (its risk stops open them); auditors read all.
 */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import { riskReportSources, riskReportStatuses } from './risk-report';
import type { RiskReportService } from './risk-report-service';

const reportSchema = z.object({
  id: z.string(), agreementId: z.string(), operatorUnit: z.string(), source: z.enum(riskReportSources), summary: z.string(), status: z.enum(riskReportStatuses),
  openedBy: z.string(), openedAt: z.string(), acknowledgedBy: z.string().nullable(), acknowledgedAt: z.string().nullable(), acknowledgement: z.string().nullable(),
  closedBy: z.string().nullable(), closedAt: z.string().nullable(), resolution: z.string().nullable(),
});
const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const text = z.string().trim().min(1).max(4000);

export function riskReportRoutes(reports: RiskReportService): Route[] {
  return [
    defineRoute({
      id: 'risk_report.list', method: 'get', path: '/risk-reports', tag: 'Governance',
      summary: 'Risk reports (风险报备), newest first: every one (authority, auditors), or one’s own agreements’ (operators)',
      permission: ['read', 'RiskReport'],
      responses: { 200: { description: 'reports', schema: z.object({ riskReports: z.array(reportSchema) }) } },
      handler: async ({ ability, audit }) => {
        audit.resource = 'risk-reports';
        return { status: 200, body: { riskReports: await reports.list(ability) } };
      },
    }),
    defineRoute({
      id: 'risk_report.read', method: 'get', path: '/risk-reports/:id', tag: 'Governance',
      summary: 'One risk report', permission: ['read', 'RiskReport'], params: idParams,
      responses: { 200: { description: 'the report', schema: reportSchema }, 404: { description: 'not found or not visible' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `risk-report:${params.id}`;
        const report = await reports.visible(params.id, ability);
        audit.agreementId = report.agreementId;
        return { status: 200, body: report };
      },
    }),
    defineRoute({
      id: 'risk_report.open', method: 'post', path: '/risk-reports', tag: 'Governance',
      summary: 'Open a risk report on an agreement (authority); an operator’s own suspension opens one by itself',
      permission: ['create', 'RiskReport'],
      body: z.strictObject({ agreementId: z.string().min(1).max(100), summary: text.meta({ description: 'What happened and what was done at once (风险报备)', example: '发现合作方人员违规导出样本数据，已暂停其账号' }) }),
      responses: { 201: { description: 'opened', schema: reportSchema }, 422: { description: 'no such agreement' } },
      handler: async ({ body, principal, audit, commitAudited }) => {
        audit.agreementId = body.agreementId;
        const report = await reports.open(body.agreementId, body.summary, principal, (id) => {
          audit.resource = `risk-report:${id}`;
          return commitAudited(201);
        });
        return { status: 201, body: report };
      },
    }),
    defineRoute({
      id: 'risk_report.acknowledge', method: 'post', path: '/risk-reports/:id/acknowledge', tag: 'Governance',
      summary: 'Acknowledge an open risk report, with a note (authority)', permission: ['update', 'RiskReport'], params: idParams,
      body: z.strictObject({ note: text }),
      responses: { 200: { description: 'acknowledged', schema: reportSchema }, 404: { description: 'not found' }, 409: { description: 'not open' } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `risk-report:${params.id}`;
        audit.details = { note: body.note };
        return { status: 200, body: await reports.acknowledge(params.id, body.note, principal, ability, commitAudited(200)) };
      },
    }),
    defineRoute({
      id: 'risk_report.close', method: 'post', path: '/risk-reports/:id/close', tag: 'Governance',
      summary: 'Close an acknowledged risk report with its resolution (authority)', permission: ['update', 'RiskReport'], params: idParams,
      body: z.strictObject({ resolution: text.meta({ description: 'How the risk was resolved', example: '已核查并整改，相关人员完成培训' }) }),
      responses: { 200: { description: 'closed', schema: reportSchema }, 404: { description: 'not found' }, 409: { description: 'not acknowledged yet, or closed' } },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `risk-report:${params.id}`;
        audit.details = { resolution: body.resolution };
        return { status: 200, body: await reports.close(params.id, body.resolution, principal, ability, commitAudited(200)) };
      },
    }),
  ];
}
