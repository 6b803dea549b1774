/**
 * The disclosure report as a printable Chinese HTML page: no script, no external resource (it
 * passes the platform's Content-Security-Policy), every value escaped.
 */
import type { DisclosedAuthorization, DisclosureReport } from './public-disclosures';

const STATES: Record<string, string> = {
  active: '生效中', suspended: '已暂停', expired: '已到期', terminated: '已终止', sealed: '已封存', destroyed: '已销毁',
};
const LEVELS: Record<string, string> = { general: '一般数据', important: '重要数据', core: '核心数据' };
const OPENNESS: Record<string, string> = { unconditional: '无条件开放', conditional: '有条件开放', closed: '不予开放' };
const KINDS: Record<string, string> = { dataset: '数据集类产品', api: '接口类产品' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A date as the Shanghai calendar day (YYYY-MM-DD). */
function day(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

function rows(list: DisclosedAuthorization[]): string {
  if (!list.length) return '<p>暂无</p>';
  const body = list.map((a) => {
    const datasets = a.datasets.map((d) => `<li>${escapeHtml(d.title)}（${escapeHtml(d.sourceUnit)}；${escapeHtml(LEVELS[d.level] ?? d.level)}；${escapeHtml(OPENNESS[d.openness] ?? d.openness)}）：${escapeHtml(d.columns.join('、'))}</li>`).join('');
    const products = a.products.length
      ? a.products.map((p) => `<li>${escapeHtml(p.name)}（${escapeHtml(KINDS[p.kind] ?? p.kind)}${p.registeredAt ? `，${day(p.registeredAt)} 登记` : ''}）</li>`).join('')
      : '<li>暂无</li>';
    return `<tr><td>${escapeHtml(a.operatorUnit)}</td><td>${escapeHtml(a.scenario)}</td><td><ul>${datasets}</ul></td>`
      + `<td>${day(a.startsAt)} 至 ${day(a.endsAt)}</td><td>${escapeHtml(STATES[a.state] ?? a.state)}</td><td><ul>${products}</ul></td>`
      + `<td class="id">${escapeHtml(a.agreementId)}</td></tr>`;
  }).join('');
  return `<table><thead><tr><th>运营单位</th><th>应用场景</th><th>授权数据（数源单位；分级；开放属性）：字段</th><th>授权期限</th><th>状态</th><th>登记的数据产品</th><th>协议编号</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function disclosureHtml(report: DisclosureReport): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>公共数据授权运营情况公示</title>
<style>body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:24px}th,td{border:1px solid #ccc;padding:6px 8px;text-align:left;vertical-align:top;font-size:14px}th{background:#f4f4f5}ul{margin:0;padding-left:18px}.id{font-family:monospace;font-size:12px}</style>
</head><body>
<h1>公共数据授权运营情况公示</h1>
<p>依据公共数据授权运营实施规范公示授权情况。生成时间：${escapeHtml(report.generatedAt)}。本页不含任何个人信息。</p>
<h2>现行授权（${report.current.length}）</h2>
${rows(report.current)}
<h2>历史授权（${report.past.length}）</h2>
${rows(report.past)}
</body></html>
`;
}
