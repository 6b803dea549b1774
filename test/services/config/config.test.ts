import path from 'node:path';
import { ConfigError, loadConfig } from '../../../services/config/config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.port).toBe(8080);
    expect(config.authorityToken).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.jsonBodyLimitBytes).toBe(1024 * 1024);
    expect(config.audit.enabled).toBe(true);
    expect(config.vault.memoryLimit).toBe('2GB');
  });

  it('takes a vault memory limit of at least 256MB', () => {
    expect(loadConfig({ SHUYU_VAULT_MEMORY_LIMIT: '256MB' }).vault.memoryLimit).toBe('256MB');
    expect(loadConfig({ SHUYU_VAULT_MEMORY_LIMIT: '1GiB' }).vault.memoryLimit).toBe('1GiB');
  });

  it('reads sizes and numbers', () => {
    const config = loadConfig({ SHUYU_PORT: '9000', SHUYU_JSON_BODY_LIMIT: '64kb', SHUYU_AUDIT_ENABLED: 'false' });
    expect(config.port).toBe(9000);
    expect(config.jsonBodyLimitBytes).toBe(64 * 1024);
    expect(config.audit.enabled).toBe(false);
  });

  it('keeps a disk reserve: by default the smaller of 1 GiB and 5 %, else a size or a share', () => {
    expect(loadConfig({}).diskReserve).toEqual({ bytes: 1024 ** 3, percent: 5 });
    expect(loadConfig({ SHUYU_DISK_RESERVE: '' }).diskReserve).toEqual({ bytes: 1024 ** 3, percent: 5 });
    expect(loadConfig({ SHUYU_DISK_RESERVE: '500MiB' }).diskReserve).toEqual({ bytes: 500 * 1024 ** 2, percent: null });
    expect(loadConfig({ SHUYU_DISK_RESERVE: '2GiB' }).diskReserve).toEqual({ bytes: 2 * 1024 ** 3, percent: null });
    expect(loadConfig({ SHUYU_DISK_RESERVE: '5%' }).diskReserve).toEqual({ bytes: null, percent: 5 });
    expect(loadConfig({ SHUYU_DISK_RESERVE: '0' }).diskReserve).toEqual({ bytes: 0, percent: null });
    expect(Object.isFrozen(loadConfig({ SHUYU_DISK_RESERVE: '5%' }).diskReserve)).toBe(true);
  });

  it('is frozen, nested objects included', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.audit)).toBe(true);
  });

  it.each([
    ['SHUYU_PORT', 'eighty'],
    ['SHUYU_PORT', '70000'],
    ['SHUYU_LOG_LEVEL', 'loud'],
    ['SHUYU_AUTHORITY_TOKEN', 'short'],
    ['SHUYU_JSON_BODY_LIMIT', 'lots'],
    ['SHUYU_AUDIT_HMAC_KEY', 'tooshort'],
    ['SHUYU_VAULT_MEMORY_LIMIT', '64MB'],
    ['SHUYU_VAULT_MEMORY_LIMIT', 'lots'],
    ['SHUYU_DISK_RESERVE', 'lots'],
    ['SHUYU_DISK_RESERVE', '80%'],
    ['SHUYU_DISK_RESERVE', '-1GiB'],
  ])('refuses %s=%s and names the variable, never its value', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect(String(error)).toContain(name);
      if (name.includes('TOKEN') || name.includes('KEY')) expect(String(error)).not.toContain(value);
    }
  });
});
