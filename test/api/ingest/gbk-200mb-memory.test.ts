/**
 * A 200 MB GBK CSV, declared as such, uploaded to the platform running in a process of its own:
 * decoded as a stream into the version, every row arrives, and the server's resident memory
 * never passes 600 MiB (its high-water mark, VmHWM, read from /proc after the upload).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { once } from 'node:events';
import { encoded, householdsCsv, householdsSchema } from '../../fixtures/households-dataset';
import { bearer, makeTempDir, startTestPlatform } from '../../fixtures/test-platform';
import { startCrashChild } from '../../faults/crash-child';

const MiB = 1024 * 1024;
const TARGET_BYTES = 200 * MiB;

/** Writes GBK rows until the file reaches 200 MB; returns the number of rows. */
async function writeGbkCsv(file: string): Promise<number> {
  const out = fs.createWriteStream(file);
  const batch = 20_000;
  const lines = householdsCsv(batch).split('\n');
  out.write(encoded(`${lines[0]}\n`, 'gbk'));
  const body = encoded(`${lines.slice(1).join('\n')}`, 'gbk');
  let rows = 0;
  while (out.bytesWritten + out.writableLength < TARGET_BYTES) {
    if (!out.write(body)) await once(out, 'drain');
    rows += batch;
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

function putFile(url: string, token: string, file: string, contentType: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-length': fs.statSync(file).size } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }));
    });
    req.on('error', reject);
    fs.createReadStream(file, { highWaterMark: MiB }).pipe(req);
  });
}

function peakRssMiB(pid: number): number {
  const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) / 1024;
}

it('uploads a 200 MB GBK CSV with the server’s peak memory under 600 MiB', async () => {
  const dataDir = makeTempDir('shuyu-gbk-200mb-');
  const file = path.join(dataDir, 'households-gbk.csv');
  try {
    const setup = await startTestPlatform({ dataDir });
    const source = await setup.principal('source', 'gm-hukou', '光明区公安分局');
    const datasetId = (await setup.http.post('/api/v1/datasets').set(...bearer(source.token)).send(householdsSchema)).body.id as string;
    await setup.close();
    const rows = await writeGbkCsv(file);
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(TARGET_BYTES);

    const child = await startCrashChild(dataDir);
    try {
      const res = await putFile(child.url(`/api/v1/datasets/${datasetId}/data`), source.token, file, 'text/csv; charset=gbk');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows, charset: 'gb18030' });
      expect(peakRssMiB(child.pid)).toBeLessThan(600);
    } finally {
      await child.kill();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 600_000);
