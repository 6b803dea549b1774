/**
 * What `shuyu doctor` prints for a human: the verdict, each problem with its file and what to do,
 * then what was looked at. A pure function of the report; the CLI makes every line terminal-safe.
 */
import type { DataDirectoryReport } from './inspect-data-directory';

export function doctorText(report: DataDirectoryReport): string {
  const lines: string[] = [];
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const damage = report.problems.filter((p) => p.severity === 'damage').length;
  const unchecked = report.problems.filter((p) => p.severity === 'unchecked').length;
  const warnings = report.problems.length - damage - unchecked;
  if (damage) lines.push(`damaged: ${report.dataDir} (${count(damage, 'problem')})`);
  else if (unchecked) lines.push(`not checked: ${report.dataDir} (${count(unchecked, 'part')} could not be inspected)`);
  else lines.push(`healthy: ${report.dataDir}${warnings ? ` (${count(warnings, 'warning')})` : ''}`);
  for (const p of report.problems) {
    lines.push('', `${p.severity} [${p.code}] ${p.file}`, `  ${p.what}`, `  what to do: ${p.advice}`);
  }
  lines.push('', 'checked:');
  const store = report.controlStore;
  if (!store.exists) lines.push('  control.duckdb: not present');
  else lines.push(`  control.duckdb: ${store.bytes ?? '?'} bytes, ${store.opened ? `${store.tables.length} tables read completely` : 'not opened'}${store.walBytes !== null ? `, WAL ${store.walBytes} bytes` : ''}`);
  const { head, anchor, chain } = report.audit;
  if (head) lines.push(`  audit chain: head at entry ${head.seq}${chain ? `, ${chain.entries} entries verified (${chain.valid ? 'valid' : `invalid${chain.firstInvalidSeq !== undefined ? ` at ${chain.firstInvalidSeq}` : ''}`})` : ''}`);
  lines.push(`  audit anchor: ${anchor ? `entry ${anchor.seq}, signature ${anchor.signatureValid ? 'valid' : 'INVALID'}` : 'none'}${report.audit.anchorKeyFound ? '' : ' (no anchor key found)'}`);
  if (report.vault) lines.push(`  vault: ${report.vault.filesChecked} of ${report.vault.versions} version files read completely`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}
