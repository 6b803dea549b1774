/**
 * Key custody: where the master key, the anchor key and a generated authority token live, and
 * the production profile's refusal to keep them beside the data they protect.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../services/config/config';
import { buildPlatform } from '../../../services/composition-root';
import { makeTempDir } from '../../fixtures/test-platform';
import { KeyCommandFailed } from '../../../services/keys/kms-command';

const MASTER = 'ab'.repeat(32);
const ANCHOR = 'anchor-key-from-the-kms-0123456789abcdef';
const TOKEN = 'custody-authority-token-0123456789abcdefghij';
const base = { SHUYU_LOG_LEVEL: 'silent', SHUYU_TWIN_ROWS: '50' };

describe('the production profile keeps keys out of the data directory', () => {
  const dataDir = makeTempDir('shuyu-custody-');
  const outside = makeTempDir('shuyu-keys-');
  afterAll(() => [dataDir, outside].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it.each([
    ['the default key directory (the data directory itself)', {}],
    ['a key directory inside the data directory', { SHUYU_KEY_DIR: path.join(dataDir, 'keys') }],
    ['NODE_ENV=production with keys in the data directory', { SHUYU_PROFILE: undefined, NODE_ENV: 'production' }],
  ])('refuses %s', (_label, env) => {
    expect(() => loadConfig({ ...base, SHUYU_DATA_DIR: dataDir, SHUYU_PROFILE: 'production', ...env })).toThrow(/keeps keys out of the data directory/);
  });

  it('refuses a key directory that is a symbolic link into the data directory', () => {
    fs.mkdirSync(path.join(dataDir, 'hidden'), { recursive: true });
    const link = path.join(os.tmpdir(), `shuyu-keylink-${process.pid}`);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join(dataDir, 'hidden'), link);
    try {
      expect(() => loadConfig({ ...base, SHUYU_DATA_DIR: dataDir, SHUYU_PROFILE: 'production', SHUYU_KEY_DIR: link })).toThrow(ConfigError);
    } finally {
      fs.rmSync(link);
    }
  });

  it('refuses keys from the environment when the generated authority token would land in the data directory', () => {
    const env = { ...base, SHUYU_DATA_DIR: dataDir, SHUYU_PROFILE: 'production', SHUYU_KEY_SOURCE: 'env', SHUYU_MASTER_KEY: MASTER, SHUYU_AUDIT_HMAC_KEY: ANCHOR };
    expect(() => loadConfig(env)).toThrow(/SHUYU_AUTHORITY_TOKEN/);
    expect(loadConfig({ ...env, SHUYU_AUTHORITY_TOKEN: TOKEN }).keys.source).toBe('env');
  });

  it('starts with a key directory elsewhere, writes every key and the token there, none in the data directory, and seeds no demo', async () => {
    const config = loadConfig({ ...base, SHUYU_DATA_DIR: dataDir, SHUYU_PROFILE: 'production', SHUYU_KEY_DIR: outside });
    expect(config.demo).toBe(false);
    const platform = await buildPlatform(config);
    await platform.close();
    for (const file of ['master.key', 'audit-anchor.key', 'authority.token']) {
      expect(fs.existsSync(path.join(outside, file))).toBe(true);
      expect(fs.statSync(path.join(outside, file)).mode & 0o077).toBe(0);
      expect(fs.existsSync(path.join(dataDir, file))).toBe(false);
    }
  });
});

describe('key sources', () => {
  it('env: refuses to start without both keys, naming the variables and no value', async () => {
    const dataDir = makeTempDir('shuyu-custody-env-');
    try {
      const config = loadConfig({ ...base, SHUYU_DATA_DIR: dataDir, SHUYU_KEY_SOURCE: 'env', SHUYU_MASTER_KEY: MASTER, SHUYU_AUTHORITY_TOKEN: TOKEN });
      await expect(buildPlatform(config)).rejects.toThrow(/SHUYU_MASTER_KEY .* and SHUYU_AUDIT_HMAC_KEY/);
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('kms-command', () => {
    const dir = makeTempDir('shuyu-kms-');
    const script = path.join(dir, 'kms.sh');
    const log = path.join(dir, 'calls');
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const kms = (body: string) => fs.writeFileSync(script, `#!/bin/sh\necho "$@" >> ${log}\n${body}\n`, { mode: 0o700 });

    it('asks the command for each key by name and keeps no key file anywhere', async () => {
      kms(`case "$2" in master) echo ${MASTER};; audit-anchor) echo ${ANCHOR};; *) exit 2;; esac`);
      const dataDir = makeTempDir('shuyu-custody-kms-');
      try {
        const config = loadConfig({ ...base, SHUYU_DATA_DIR: dataDir, SHUYU_KEY_SOURCE: 'kms-command', SHUYU_KEY_COMMAND: `${script} get`, SHUYU_AUTHORITY_TOKEN: TOKEN });
        const platform = await buildPlatform(config);
        expect(platform.config.masterKeyHex).toBe(MASTER);
        expect(platform.config.audit.hmacKey).toBe(ANCHOR);
        await platform.close();
        expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual(['get master', 'get audit-anchor']);
        expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.key'))).toEqual([]);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it.each([
      ['exits non-zero', `echo ${MASTER}; exit 3`, /failed for the master key \(exit 3\)/],
      ['prints a malformed master key', 'echo not-a-key-but-secret-text', /64 hex characters/],
      ['prints nothing', 'true', /printed no master key/],
    ])('fails clearly, without repeating what it printed, when the command %s', async (_label, body, message) => {
      kms(body);
      const dataDir = makeTempDir('shuyu-custody-kms-');
      try {
        const config = loadConfig({ ...base, SHUYU_DATA_DIR: dataDir, SHUYU_KEY_SOURCE: 'kms-command', SHUYU_KEY_COMMAND: script, SHUYU_AUTHORITY_TOKEN: TOKEN });
        const failure = await buildPlatform(config).then(() => null, (error: unknown) => error as Error);
        expect(failure?.message).toMatch(message);
        expect(failure?.message).not.toMatch(/secret-text|abab/);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('names a command that cannot run', () => {
      expect(() => loadConfig({ ...base, SHUYU_DATA_DIR: dir, SHUYU_KEY_SOURCE: 'kms-command' })).toThrow(/SHUYU_KEY_COMMAND: required/);
      kms('true');
      return expect(buildPlatform(loadConfig({ ...base, SHUYU_DATA_DIR: makeTempDir(), SHUYU_KEY_SOURCE: 'kms-command', SHUYU_KEY_COMMAND: '/nonexistent/kms' }))).rejects.toThrow(KeyCommandFailed);
    });
  });
});
