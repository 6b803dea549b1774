/**
 * The compliance report as a printable page (A4, Chinese by default, English on request): no
 * script, no external resource, one inline style allowed by its hash in the page's own
 * Content-Security-Policy, and every value escaped (operators write model names and purposes).
 */
import crypto from 'node:crypto';
import { escapeHtml } from '../disclosures/disclosure-html';
import type { Fact } from './compliance-line';
import { factLabel, kindLabel, text, valueLabel, type ReportLanguage } from './compliance-labels';
import type { ComplianceReport, ReportActor } from './compliance-report';

const STYLE = '@page{size:A4;margin:16mm 14mm}body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;font-size:10.5pt;color:#111;margin:24px}'
  + 'h1{font-size:17pt;text-align:center;margin:0 0 6px}h2{font-size:13pt;margin:18px 0 6px;border-bottom:1px solid #888;padding-bottom:2px}'
  + 'table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee;font-weight:600}'
  + 'thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}.meta{text-align:center;font-size:9pt;color:#333}'
  + '.mono{font-family:monospace;font-size:8.5pt;word-break:break-all}.facts th{width:9em}ul{margin:0;padding-left:16px}dl{margin:0}dt{font-weight:600;display:inline}dd{display:inline;margin:0 0 0 4px}'
  + '.fact{margin:0 0 2px}.seq{white-space:nowrap}.history{table-layout:fixed}.history td{overflow-wrap:anywhere}'
  + '.history th:nth-child(1){width:11%}.history th:nth-child(2){width:10%}.history th:nth-child(3){width:15%}.history th:nth-child(4){width:13%}.history th:nth-child(6){width:8%}'
  + '@media print{body{margin:0}}';

/** The page's policy: nothing may load or run; only this stylesheet applies. */
export const REPORT_CSP = `default-src 'none'; style-src 'sha256-${crypto.createHash('sha256').update(STYLE).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
/** ISO times in Beijing time (UTC+8), to the second. */
const beijing = (value: string) => value.replace(ISO, (iso) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' '));
/** Facts whose values are codes (or the platform's own fixed reasons), shown in the report's words. */
const ENUMERATED = new Set(['status', 'source', 'kind', 'from', 'reason']);

function factValue(language: ReportLanguage, key: string, value: Fact): string {
  if (value === null || value === '') return text(language, 'empty');
  if (Array.isArray(value)) return value.length ? `<ul>${value.map((v) => `<li>${escapeHtml(beijing(v))}</li>`).join('')}</ul>` : text(language, 'empty');
  if (typeof value === 'boolean') return escapeHtml(valueLabel(language, String(value)));
  const shown = ENUMERATED.has(key) ? valueLabel(language, String(value)) : beijing(String(value));
  return /^[0-9a-f]{64}$/.test(shown) ? `<span class="mono">${shown}</span>` : escapeHtml(shown);
}

/** A note in brackets, in the language's own punctuation. */
const aside = (language: ReportLanguage, escaped: string) => (language === 'en' ? ` (${escaped})` : `（${escaped}）`);

function actor(language: ReportLanguage, a: ReportActor | null): string {
  if (!a) return escapeHtml(valueLabel(language, 'system'));
  return `${escapeHtml(a.unit ?? a.id)}<br>${aside(language, escapeHtml(valueLabel(language, a.role)))}`;
}

function historyRows(language: ReportLanguage, report: ComplianceReport): string {
  if (!report.lines.length) return `<p>${escapeHtml(text(language, 'none'))}</p>`;
  const rows = report.lines.map((l) => {
    const facts = Object.entries(l.facts).map(([k, v]) => `<div class="fact"><dl><dt>${escapeHtml(factLabel(language, k))}:</dt><dd>${factValue(language, k, v)}</dd></dl></div>`).join('');
    return `<tr><td>${escapeHtml(beijing(l.at))}</td><td>${escapeHtml(kindLabel(language, l.kind))}</td><td>${escapeHtml(l.subject ?? text(language, 'empty'))}</td>`
      + `<td>${actor(language, l.actor)}</td><td>${facts}</td><td class="seq">${l.auditSeqs.map((s) => `#${s}`).join(', ') || text(language, 'empty')}</td></tr>`;
  }).join('');
  const head = ['at', 'event', 'subject', 'actor', 'details', 'seqs'].map((k) => `<th>${escapeHtml(text(language, k))}</th>`).join('');
  return `<table class="history"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function complianceHtml(report: ComplianceReport, language: ReportLanguage): string {
  const a = report.agreement;
  const t = (key: string, values?: Record<string, string | number>) => escapeHtml(text(language, key, values));
  const fact = (key: string, value: string) => `<tr><th>${t(key)}</th><td>${value}</td></tr>`;
  const colon = language === 'en' ? ': ' : '：';
  const datasets = `<ul>${a.datasets.map((d) => `<li>${escapeHtml(d.title)}${aside(language, escapeHtml(d.ownerUnit))}${colon}${escapeHtml(d.columns.join(', '))}</li>`).join('')}</ul>`;
  const head = report.audit.headAtGeneration;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')} ${escapeHtml(a.id)}</title>
<style>${STYLE}</style>
</head><body>
<h1>${t('title')}</h1>
<p class="meta">${t('agreementId')}${colon}<span class="mono">${escapeHtml(a.id)}</span>　${t('generatedAt')}${colon}${escapeHtml(beijing(report.generatedAt))}</p>
<h2>${t('overview')}</h2>
<table class="facts"><tbody>
${fact('operatorUnit', escapeHtml(a.operatorUnit))}
${fact('status', escapeHtml(valueLabel(language, a.status)))}
${fact('applicationId', `<span class="mono">${escapeHtml(a.applicationId)}</span>`)}
${fact('sandbox', `<span class="mono">${escapeHtml(a.sandboxId)}</span>`)}
<tr><th>${escapeHtml(factLabel(language, 'scenario'))}</th><td>${escapeHtml(a.scenario)}</td></tr>
<tr><th>${escapeHtml(factLabel(language, 'purpose'))}</th><td>${escapeHtml(a.purpose ?? text(language, 'empty'))}</td></tr>
<tr><th>${escapeHtml(factLabel(language, 'term'))}</th><td>${escapeHtml(beijing(`${a.startsAt} – ${a.endsAt}`))}</td></tr>
<tr><th>${escapeHtml(factLabel(language, 'datasets'))}</th><td>${datasets}</td></tr>
</tbody></table>
<h2>${t('history')}</h2>
${historyRows(language, report)}
<h2>${t('verify')}</h2>
<ol>
<li>${t('verify1')}</li>
<li>${t('verify2', { agreement: a.id })}</li>
<li>${t('verify3', { seq: head.seq, hash: head.hash })}</li>
<li>${t('verify4', { digest: report.reportSha256 })}</li>
</ol>
</body></html>
`;
}
