/**
 * `npm run bench`: runs the benchmark sections, prints a table per section and writes every
 * result to `.bench/results.json`. Benchmarks report ratios against a baseline measured on the
 * same data in the same run; they are never timed tests.
 *
 *   BENCH_ONLY=name[,name]   run only sections whose name contains one of these
 *   BENCH_SCALE=n            scale the workload (default 1)
 *   BENCH_HTTP_CLIENT=inline run HTTP load on the server's thread instead of a worker thread
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatReport, type BenchReport, type BenchSection } from './bench-report';
import { benchSections } from './bench-sections';

export const RESULTS_FILE = path.resolve(__dirname, '../../.bench/results.json');

type SectionOutcome = { name: string; seconds: number; report?: BenchReport; error?: string };

export function selectSections(all: readonly BenchSection[], only: string | undefined): BenchSection[] {
  const wanted = (only ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return [...all];
  return all.filter((s) => wanted.some((w) => s.name.includes(w)));
}

export function parseScale(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new Error(`BENCH_SCALE must be a number in (0, 100], not "${value}"`);
  return scale;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
  };
}

async function main(): Promise<number> {
  const scale = parseScale(process.env.BENCH_SCALE);
  const only = process.env.BENCH_ONLY;
  const sections = selectSections(benchSections, only);
  const host = machine();
  console.log(`shuyu bench: ${host.cpus} cpus (${host.cpuModel}), node ${host.node}, ${host.platform}, ${host.memoryGiB} GiB`);
  console.log(`scale ${scale}${only ? `, only "${only}"` : ''}; sections: ${sections.map((s) => s.name).join(', ') || '(none)'}\n`);
  if (sections.length === 0) {
    console.error(`no section matches BENCH_ONLY="${only}"; known: ${benchSections.map((s) => s.name).join(', ')}`);
    return 2;
  }
  const outcomes: SectionOutcome[] = [];
  for (const section of sections) {
    console.log(`-- ${section.name}: ${section.description}`);
    const started = performance.now();
    try {
      const report = await section.run({ scale });
      const seconds = (performance.now() - started) / 1000;
      outcomes.push({ name: section.name, seconds, report });
      console.log(`${formatReport(report, seconds)}\n`);
    } catch (error) {
      const seconds = (performance.now() - started) / 1000;
      outcomes.push({ name: section.name, seconds, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      console.error(`== ${section.name} FAILED after ${seconds.toFixed(1)} s\n${String(error)}\n`);
    }
  }
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const results = { finishedAt: new Date().toISOString(), machine: host, scale, only: only ?? null, sections: outcomes };
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results written to ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`);
  return outcomes.some((o) => o.error) ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
