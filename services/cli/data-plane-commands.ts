/**
 * The data-plane commands, the everyday work of a source unit and an operator over HTTP with a
 * token, through the typed client: upload a dataset file (streamed, with progress), put a rule
 * set, query a sandbox's dev twin, download a released output. The token comes from `--token`
 * or `SHUYU_TOKEN` (better: it stays out of the process list) and is never printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { apiClient, unwrap, type ApiClient } from './api-client';
import { formatBytes } from '../storage/disk-reserve';
import { progressBar } from './progress-bar';
import { resultCsv, resultTable, type ResultSet } from './result-table';
import { terminalSafe, terminalSafeJson, terminalSafeLines } from './terminal-safe';

type ConnectionOptions = { url?: string; token?: string };

const UPLOAD_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.arrows': 'application/vnd.apache.arrow.stream',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const OUTPUT_FORMATS = ['csv', 'json', 'parquet', 'arrow'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function connect(opts: ConnectionOptions): ApiClient {
  const token = opts.token ?? process.env.SHUYU_TOKEN;
  if (!token) throw new Error('no token: set SHUYU_TOKEN (or pass --token)');
  const language = /^zh/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'zh-CN' : 'en';
  return apiClient({ url: opts.url ?? process.env.SHUYU_URL ?? 'http://127.0.0.1:8080', token, language });
}

function withConnection(command: Command): Command {
  return command
    .option('--url <url>', 'the platform, e.g. https://shuyu.example.gov.cn (default: SHUYU_URL or http://127.0.0.1:8080)')
    .option('--token <token>', 'a bearer token (default: SHUYU_TOKEN, which keeps it out of the process list)');
}

function readable(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Counts the bytes that pass, for a progress display. */
function counter(onBytes: (total: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      onBytes(total);
      done(null, chunk);
    },
  });
}

async function upload(datasetId: string, file: string, opts: ConnectionOptions & { contentType?: string }): Promise<void> {
  const client = connect(opts);
  const size = readable(file).size;
  const type = opts.contentType ?? UPLOAD_TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new Error(`cannot tell the type of ${file} from its extension; pass --content-type (${Object.values(UPLOAD_TYPES).join(', ')})`);
  const bar = progressBar(terminalSafe(`uploading ${path.basename(file)}`), process.stderr, formatBytes);
  bar(0, size);
  const body = Readable.toWeb(fs.createReadStream(file).pipe(counter((sent) => bar(sent, size))));
  const result = await unwrap(client.PUT('/api/v1/datasets/{id}/data', {
    params: { path: { id: datasetId } },
    body: body as unknown as string,
    bodySerializer: (b: unknown) => b,
    headers: { 'Content-Type': type },
    duplex: 'half',
  }));
  console.log(terminalSafeJson(result));
}

async function putRules(datasetId: string, file: string, opts: ConnectionOptions): Promise<void> {
  const client = connect(opts);
  readable(file);
  const type = path.extname(file).toLowerCase() === '.json' ? 'application/json' : 'application/yaml';
  const result = await unwrap(client.PUT('/api/v1/datasets/{id}/masking-rules', {
    params: { path: { id: datasetId } },
    body: fs.readFileSync(file, 'utf8'),
    bodySerializer: (b: unknown) => b,
    headers: { 'Content-Type': type },
  }));
  console.log(terminalSafeJson(result));
}

async function query(sandboxId: string, sql: string, opts: ConnectionOptions & { format?: string }): Promise<void> {
  const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'csv');
  if (!['table', 'csv', 'json'].includes(format)) throw new Error(`unknown format ${format}: table, csv or json`);
  const client = connect(opts);
  const result: ResultSet = await unwrap(client.POST('/api/v1/sandboxes/{id}/query', { params: { path: { id: sandboxId } }, body: { sql, tier: 'dev' } }));
  if (format === 'json') console.log(terminalSafeJson(result));
  else console.log(format === 'table' ? resultTable(result) : resultCsv(result, process.stdout.isTTY === true));
  if (format === 'csv' && result.truncated) console.error(`shuyu: the result was cut at ${result.rowCount} rows`);
}

async function download(runId: string, opts: ConnectionOptions & { output?: string; format: string }): Promise<void> {
  const format = opts.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new Error(`unknown format ${opts.format}: ${OUTPUT_FORMATS.join(', ')}`);
  const toTerminal = !opts.output && process.stdout.isTTY === true;
  if (toTerminal && (format === 'parquet' || format === 'arrow')) throw new Error(`${format} is binary: write it to a file with -o FILE`);
  const client = connect(opts);
  const call = await client.GET('/api/v1/runs/{id}/output', { params: { path: { id: runId }, query: { format } }, parseAs: 'stream' });
  const data = (await unwrap(Promise.resolve(call))) as import('node:stream/web').ReadableStream;
  const { response } = call;
  const total = Number(response.headers.get('content-length') ?? 0);
  const bar = opts.output ? progressBar(terminalSafe(`downloading ${path.basename(opts.output)}`), process.stderr, formatBytes) : () => undefined;
  let bytes = 0;
  const steps: (Readable | Transform)[] = [Readable.fromWeb(data), counter((n) => {
    bytes = n;
    bar(n, Math.max(total, n));
  })];
  if (toTerminal) {
    const decoder = new TextDecoder('utf-8');
    steps.push(new Transform({ transform: (chunk: Buffer, _e, done) => done(null, terminalSafeLines(decoder.decode(chunk, { stream: true }))) }));
  }
  const part = opts.output ? `${opts.output}.part` : null;
  const target: Writable = part ? fs.createWriteStream(part) : process.stdout;
  await pipeline([...steps, target]);
  if (part && opts.output) fs.renameSync(part, opts.output);
  bar(bytes, bytes);
  const fingerprint = response.headers.get('x-shuyu-fingerprint');
  if (opts.output) console.error(terminalSafe(`wrote ${formatBytes(bytes)} to ${opts.output}${fingerprint ? ` (fingerprint ${fingerprint})` : ''}`));
}

export function addDataPlaneCommands(program: Command): void {
  const datasets = program.command('datasets').description('datasets over HTTP (source units)');
  withConnection(datasets.command('upload').argument('<dataset>', 'the dataset id (ds_…)').argument('<file>', 'CSV, Parquet, Arrow IPC or .xlsx')
    .description('upload a file as the dataset’s new vault version (streamed; progress on stderr)')
    .option('--content-type <type>', 'override the type the extension implies, e.g. "text/csv; charset=gbk"'))
    .action((dataset: string, file: string, opts: ConnectionOptions & { contentType?: string }) => upload(dataset, file, opts));

  const rules = program.command('rules').description('masking rule sets over HTTP (source units)');
  withConnection(rules.command('put').argument('<dataset>', 'the dataset id (ds_…)').argument('<file>', 'a rule set in YAML, or JSON by its .json extension')
    .description('store the file as the dataset’s new masking rule set version'))
    .action((dataset: string, file: string, opts: ConnectionOptions) => putRules(dataset, file, opts));

  withConnection(program.command('query').argument('<sandbox>', 'the sandbox id (sbx_…)').argument('<sql>', 'one read-only SELECT')
    .description('run SQL on the sandbox’s synthetic dev twin and print the result')
    .option('--format <format>', 'table, csv or json (default: table on a terminal, csv otherwise)'))
    .action((sandbox: string, sql: string, opts: ConnectionOptions & { format?: string }) => query(sandbox, sql, opts));

  const runs = program.command('runs').description('model runs over HTTP (operators)');
  withConnection(runs.command('download').argument('<run>', 'the run id (run_…)')
    .description('download a released output (to stdout unless -o)')
    .option('-o, --output <file>', 'write to this file (written whole, then renamed into place)')
    .option('--format <format>', OUTPUT_FORMATS.join(', '), 'csv'))
    .action((run: string, opts: ConnectionOptions & { output?: string; format: string }) => download(run, opts));
}
