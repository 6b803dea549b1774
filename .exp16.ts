import fs from 'node:fs';
import { once } from 'node:events';
import { DuckDBInstance } from '@duckdb/node-api';
import { PEOPLE_HEADER, PeopleRows, peopleColumns } from './test/bench/people-dataset';
import { quoteLiteral } from './masking-rules/compiler/sql-quote';
const file = '/tmp/ingest-scratch/people2m.csv';
async function gen() {
  if (fs.existsSync(file)) return;
  const out = fs.createWriteStream(file); out.write(`${PEOPLE_HEADER}\n`); const g = new PeopleRows();
  for (let i = 0; i < 2_000_000; i += 10000) if (!out.write(g.lines(10000))) await once(out, 'drain');
  out.end(); await once(out, 'finish');
}
async function run(threads: string, extra: string) {
  const inst = await DuckDBInstance.create('/tmp/ingest-scratch/.h.duckdb', threads ? { threads } : {});
  const db = await inst.connect();
  let rss = 0; const timer = setInterval(() => { rss = Math.max(rss, process.memoryUsage.rss() / 1048576); }, 50);
  const types = peopleColumns.map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`).join(', ');
  const cpu = process.cpuUsage(); const t = performance.now();
  await db.run(`CREATE TABLE data AS SELECT * FROM read_csv('${file}', header=true, auto_detect=false, delim=',', quote='"', columns={${types}} ${extra})`);
  await db.run('CHECKPOINT');
  const c = process.cpuUsage(cpu); clearInterval(timer);
  const size = (await db.runAndReadAll('SELECT free_blocks, total_blocks FROM pragma_database_size()')).getRowObjectsJS()[0];
  console.log(JSON.stringify({ threads, extra, s: ((performance.now() - t) / 1000).toFixed(2), cpu: ((c.user + c.system) / 1e6).toFixed(2), rss: Math.round(rss), free: Number(size.free_blocks), total: Number(size.total_blocks) }));
  db.closeSync(); inst.closeSync(); fs.rmSync('/tmp/ingest-scratch/.h.duckdb', { force: true });
}
(async () => {
  await gen();
  for (let i = 0; i < 2; i++) for (const [th, ex] of [['', ''], ['1', ''], ['', ', buffer_size = 33554432'], ['', ', buffer_size = 67108864'], ['', ', buffer_size = 100663296']]) await run(th, ex);
})();
