import fs from 'node:fs';
import { once } from 'node:events';
import { DuckDBInstance } from '@duckdb/node-api';
const wide = '/tmp/ingest-scratch/wide.csv';
async function gen() {
  if (fs.existsSync(wide)) return;
  const out = fs.createWriteStream(wide); out.write('id,a,b,c\n');
  const pad = 'x'.repeat(190);
  for (let i = 0; i < 600_000; i += 1000) { let s = ''; for (let k = i; k < i + 1000; k++) s += `${k},${pad}${k},${pad},${pad}\n`; if (!out.write(s)) await once(out, 'drain'); }
  out.end(); await once(out, 'finish');
}
async function run(file: string, cols: string, extra: string) {
  const inst = await DuckDBInstance.create('/tmp/ingest-scratch/.i.duckdb', {});
  const db = await inst.connect();
  const t = performance.now();
  await db.run(`CREATE TABLE data AS SELECT * FROM read_csv('${file}', header=true, auto_detect=false, columns={${cols}} ${extra})`);
  await db.run('CHECKPOINT');
  const size = (await db.runAndReadAll('SELECT free_blocks, total_blocks FROM pragma_database_size()')).getRowObjectsJS()[0];
  console.log(JSON.stringify({ file, extra, s: ((performance.now() - t) / 1000).toFixed(2), free: Number(size.free_blocks), total: Number(size.total_blocks) }));
  db.closeSync(); inst.closeSync(); fs.rmSync('/tmp/ingest-scratch/.i.duckdb', { force: true });
}
(async () => {
  await gen();
  const h = "'证件号码':'VARCHAR','姓名':'VARCHAR','社区代码':'VARCHAR','出生日期':'DATE','月收入':'DECIMAL(18,2)'";
  const w = "'id':'BIGINT','a':'VARCHAR','b':'VARCHAR','c':'VARCHAR'";
  for (const ex of ['', ', buffer_size = 33554432']) { await run('/tmp/ingest-scratch/utf8.csv', h, ex); await run(wide, w, ex); }
})();
