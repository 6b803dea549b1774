import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EvidenceStore } from '../../services/evidence/evidence-store';

describe('evidence store', () => {
  let dir: string;
  let store: EvidenceStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-evidence-'));
    store = new EvidenceStore(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores files under their SHA-256 once and reads them back', async () => {
    const bytes = Buffer.from('营业执照 副本');
    const upload = { name: '营业执照.pdf', contentType: 'application/pdf', base64: bytes.toString('base64') };
    const [a, b] = await store.putAll([upload, { ...upload, name: 'copy.pdf' }]);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(a).toEqual({ name: '营业执照.pdf', contentType: 'application/pdf', size: bytes.length, sha256: sha });
    expect(b.sha256).toBe(sha);
    expect(store.read(sha)?.equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'evidence'))).toEqual([sha]);
  });

  it('path traversal through the hash reads nothing', () => {
    expect(store.read('../../etc/passwd')).toBeUndefined();
    expect(store.read('A'.repeat(64))).toBeUndefined();
  });

  it('rejects bytes that are not base64 before storing anything', async () => {
    const good = { name: 'a.txt', contentType: 'text/plain', base64: Buffer.from('ok').toString('base64') };
    await expect(store.putAll([good, { ...good, base64: 'YWJj$' }])).rejects.toMatchObject({ status: 422, code: 'invalid_file' });
    expect(fs.existsSync(path.join(dir, 'evidence'))).toBe(false);
  });
});
