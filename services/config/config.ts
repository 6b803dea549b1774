/**
 * The only reader of process.env. Validates the environment, applies defaults and freezes
 * the result. Every other module receives a `Config`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MASTER_KEY_PATTERN } from '../../sandbox/keys/master-key';
import { DEFAULT_DISK_RESERVE, parseDiskReserve, type DiskReserve } from '../storage/disk-reserve';

const bytes = z
  .string()
  .regex(/^\d+(kb|mb|gb|b)?$/i, 'a size such as 1mb or 65536')
  .transform(parseBytes);

/** A DuckDB memory_limit: '512MB', '2GB', '1GiB'. */
const MEMORY_SIZE = /^(\d+)(MB|GB|MiB|GiB)$/;
const memorySize = z.string().regex(MEMORY_SIZE, 'e.g. 512MB or 2GB');

/** Free disk kept from uploads and provisioning: '1GiB', '500MiB', '5%'; empty or unset: the default. */
const diskReserve = z.string().transform((text, ctx): DiskReserve | undefined => {
  if (text.trim() === '') return undefined;
  const reserve = parseDiskReserve(text);
  if (!reserve) ctx.addIssue({ code: 'custom', message: 'a size such as 1GiB or 500MiB, or a share of the disk such as 5% (at most 50%)' });
  return reserve ?? undefined;
});

const envSchema = z.object({
  SHUYU_DATA_DIR: z.string().min(1).default('./data'),
  SHUYU_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  SHUYU_HOST: z.string().min(1).default('127.0.0.1'),
  SHUYU_AUTHORITY_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{32,256}$/, 'at least 32 URL-safe characters')
    .optional(),
  SHUYU_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silent']).default('info'),
  SHUYU_JSON_BODY_LIMIT: z.string().default('1mb').pipe(bytes),
  SHUYU_UPLOAD_LIMIT: z.string().default('2gb').pipe(bytes),
  SHUYU_DISK_RESERVE: diskReserve.optional(),
  SHUYU_AUDIT_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  SHUYU_AUDIT_HMAC_KEY: z.string().min(32, 'at least 32 characters').optional(),
  SHUYU_AUDIT_MAX_BATCH: z.coerce.number().int().min(1).max(5000).default(500),
  SHUYU_AUDIT_ANCHOR_LOG_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  SHUYU_MASTER_KEY: z.string().regex(MASTER_KEY_PATTERN, '64 lower-case hex characters').optional(),
  SHUYU_TWIN_ROWS: z.coerce.number().int().min(10).max(10_000_000).default(10_000),
  SHUYU_SANDBOX_MEMORY_LIMIT: memorySize.default('1GB'),
  SHUYU_VAULT_MEMORY_LIMIT: memorySize
    .refine((v) => memoryMiB(v) >= 256, 'at least 256MB: a vault build stages uploads in memory and spills past the limit').default('2GB'),
  SHUYU_SANDBOX_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  SHUYU_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  SHUYU_QUERY_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  SHUYU_ARROW_MAX_ROWS: z.coerce.number().int().min(1).max(100_000_000).default(5_000_000),
  SHUYU_RESULT_MAX_BYTES: z.coerce.number().int().min(1024).max(4 * 1024 ** 3).default(64 * 1024 * 1024),
  SHUYU_WORKERS_MAX: z.coerce.number().int().min(1).max(256).default(8),
  SHUYU_WORKER_IDLE_MS: z.coerce.number().int().min(100).max(86_400_000).default(60_000),
  SHUYU_WORKER_QUEUE: z.coerce.number().int().min(0).max(10_000).default(64),
  SHUYU_WORKER_QUEUE_WAIT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
  SHUYU_WORKER_MEMORY_LIMIT: memorySize.refine((v) => memoryMiB(v) >= 256, 'at least 256MB: a worker holds Node.js and DuckDB').default('1536MB'),
  SHUYU_WORKER_SPILL_LIMIT: memorySize.default('2GB'),
  SHUYU_WORKER_CPU_MS: z.coerce.number().int().min(100).max(86_400_000).default(120_000),
  SHUYU_WORKER_ISOLATION: z.enum(['uid', 'none']).default('uid'),
  SHUYU_WORKER_UID_BASE: z.coerce.number().int().min(1000).max(2 ** 31 - 1024).default(61000),
  SHUYU_DISCLOSURE_K: z.coerce.number().int().min(3).max(1000).default(10),
  SHUYU_DISCLOSURE_DOMINANCE: z.coerce.number().min(0.5).max(1).default(0.9),
  SHUYU_DISCLOSURE_P_RATIO: z.coerce.number().min(0).max(1).default(0.1),
  SHUYU_DISCLOSURE_MAX_SUPPRESSED_SHARE: z.coerce.number().min(0).max(1).default(0.5),
  SHUYU_RUNS_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(50),
  SHUYU_RUNS_PER_MODEL_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(20),
  SHUYU_PRODUCT_CALLS_PER_DAY: z.coerce.number().int().min(1).max(1_000_000).default(200),
  SHUYU_PRODUCT_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
  SHUYU_EXPIRY_CRON: z.string().min(9).default('* * * * *'),
  SHUYU_FILINGS_CRON: z.string().min(9).default('30 0 * * *'),
  SHUYU_DEMO: z.enum(['0', '1']).optional(),
  SHUYU_PROFILE: z.enum(['development', 'production']).optional(),
  NODE_ENV: z.string().optional(),
  SHUYU_KEY_SOURCE: z.enum(['file', 'env', 'kms-command']).default('file'),
  SHUYU_KEY_DIR: z.string().min(1).optional(),
  SHUYU_KEY_COMMAND: z.string().trim().min(1).optional(),
  SHUYU_CRYPTO_PROFILE: z.enum(['intl', 'gm']).optional(),
  SHUYU_NEW_MASTER_KEY: z.string().regex(MASTER_KEY_PATTERN, '64 lower-case hex characters').optional(),
  SHUYU_METRICS_TOKEN: z.string().min(32).optional(),
  SHUYU_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

export type Config = Readonly<{
  dataDir: string;
  port: number;
  host: string;
  authorityToken: string | undefined;
  logLevel: z.infer<typeof envSchema>['SHUYU_LOG_LEVEL'];
  jsonBodyLimitBytes: number;
  /** Largest dataset upload (PUT /datasets/:id/data). */
  uploadLimitBytes: number;
  /** Free disk below which uploads and provisioning are refused (507), so the audit log keeps room. */
  diskReserve: DiskReserve;
  audit: Readonly<{
    enabled: boolean;
    hmacKey: string | undefined;
    maxBatch: number;
    anchorLogIntervalMs: number;
  }>;
  metricsToken: string | undefined;
  shutdownTimeoutMs: number;
  /** Seals per-agreement keys (AES-256-GCM). Unset: generated into <dataDir>/master.key. */
  masterKeyHex: string | undefined;
  sandbox: Readonly<{ twinRows: number; memoryLimit: string; threads: number }>;
  /** DuckDB memory limit of a vault build (upload staging spills to disk past it). */
  vault: Readonly<{ memoryLimit: string }>;
  /** Operator SQL: the default timeout (per agreement overridable) and row caps per response. */
  query: Readonly<{ timeoutMs: number; maxRows: number; maxArrowRows: number; maxResultBytes: number }>;
  /** Sandbox worker processes (see sandbox/worker): how many, how long idle, their OS limits and isolation. */
  workers: Readonly<{ max: number; idleMs: number; queueMax: number; queueWaitMs: number; memoryBytes: number; spillLimit: string; cpuMs: number; isolation: 'uid' | 'none'; uidBase: number }>;
  disclosure: Readonly<{ kMin: number; dominanceShare: number; pRatio: number; maxSuppressedShare: number; runsPerDay: number; runsPerModelPerDay: number; productCallsPerDay: number }>;
  /** Calls per minute per product and caller. */
  productRateLimit: number;
  /** node-cron schedule of the expiry job (five fields, or six with seconds). */
  expiryCron: string;
  /** node-cron schedule (Asia/Shanghai time) of the filings job that flags overdue filings. */
  filingsCron: string;
  /** Load the demo on an empty data directory (default on, off under the production profile). */
  demo: boolean;
  /** `production` (SHUYU_PROFILE or NODE_ENV=production): no demo by default, no keys inside the data directory. */
  profile: 'development' | 'production';
  /**
   * Where the master key, the audit anchor key and the generated authority token come from
   * (see services/keys/key-custody.ts): files in `dir` (default the data directory), the
   * environment only, or a command (`kms-command`, an HSM or cloud KMS client) run once per key.
   */
  keys: Readonly<{ source: 'file' | 'env' | 'kms-command'; dir: string; command: string | undefined; newMasterKeyHex: string | undefined }>;
  /**
   * The cryptographic profile asked for (intl or gm, see sandbox/crypto/crypto-profile.ts): used
   * when the data directory is created and recorded there; afterwards it must match or be unset.
   */
  cryptoProfile: 'intl' | 'gm' | undefined;
}>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.SHUYU_DATA_DIR);
  const profile = e.SHUYU_PROFILE ?? (e.NODE_ENV === 'production' ? 'production' : 'development');
  const keys = { source: e.SHUYU_KEY_SOURCE, dir: path.resolve(e.SHUYU_KEY_DIR ?? dataDir), command: e.SHUYU_KEY_COMMAND, newMasterKeyHex: e.SHUYU_NEW_MASTER_KEY };
  const custody = keyCustodyProblem(profile, dataDir, keys, e.SHUYU_AUTHORITY_TOKEN !== undefined);
  if (custody) throw new ConfigError(`invalid configuration: ${custody}`);
  return deepFreeze({
    dataDir,
    port: e.SHUYU_PORT,
    host: e.SHUYU_HOST,
    authorityToken: e.SHUYU_AUTHORITY_TOKEN,
    logLevel: e.SHUYU_LOG_LEVEL,
    jsonBodyLimitBytes: e.SHUYU_JSON_BODY_LIMIT,
    uploadLimitBytes: e.SHUYU_UPLOAD_LIMIT,
    diskReserve: e.SHUYU_DISK_RESERVE ?? DEFAULT_DISK_RESERVE,
    audit: {
      enabled: e.SHUYU_AUDIT_ENABLED,
      hmacKey: e.SHUYU_AUDIT_HMAC_KEY,
      maxBatch: e.SHUYU_AUDIT_MAX_BATCH,
      anchorLogIntervalMs: e.SHUYU_AUDIT_ANCHOR_LOG_INTERVAL_MS,
    },
    metricsToken: e.SHUYU_METRICS_TOKEN,
    shutdownTimeoutMs: e.SHUYU_SHUTDOWN_TIMEOUT_MS,
    masterKeyHex: e.SHUYU_MASTER_KEY,
    sandbox: { twinRows: e.SHUYU_TWIN_ROWS, memoryLimit: e.SHUYU_SANDBOX_MEMORY_LIMIT, threads: e.SHUYU_SANDBOX_THREADS },
    vault: { memoryLimit: e.SHUYU_VAULT_MEMORY_LIMIT },
    query: { timeoutMs: e.SHUYU_QUERY_TIMEOUT_MS, maxRows: e.SHUYU_QUERY_MAX_ROWS, maxArrowRows: e.SHUYU_ARROW_MAX_ROWS, maxResultBytes: e.SHUYU_RESULT_MAX_BYTES },
    workers: {
      max: e.SHUYU_WORKERS_MAX, idleMs: e.SHUYU_WORKER_IDLE_MS, queueMax: e.SHUYU_WORKER_QUEUE, queueWaitMs: e.SHUYU_WORKER_QUEUE_WAIT_MS,
      memoryBytes: memoryMiB(e.SHUYU_WORKER_MEMORY_LIMIT) * 1048576, spillLimit: e.SHUYU_WORKER_SPILL_LIMIT, cpuMs: e.SHUYU_WORKER_CPU_MS, isolation: e.SHUYU_WORKER_ISOLATION, uidBase: e.SHUYU_WORKER_UID_BASE,
    },
    disclosure: {
      kMin: e.SHUYU_DISCLOSURE_K, dominanceShare: e.SHUYU_DISCLOSURE_DOMINANCE, pRatio: e.SHUYU_DISCLOSURE_P_RATIO, maxSuppressedShare: e.SHUYU_DISCLOSURE_MAX_SUPPRESSED_SHARE,
      runsPerDay: e.SHUYU_RUNS_PER_DAY, runsPerModelPerDay: e.SHUYU_RUNS_PER_MODEL_PER_DAY, productCallsPerDay: e.SHUYU_PRODUCT_CALLS_PER_DAY,
    },
    productRateLimit: e.SHUYU_PRODUCT_RATE_LIMIT,
    expiryCron: e.SHUYU_EXPIRY_CRON,
    filingsCron: e.SHUYU_FILINGS_CRON,
    demo: (e.SHUYU_DEMO ?? (profile === 'production' ? '0' : '1')) === '1',
    profile,
    keys,
    cryptoProfile: e.SHUYU_CRYPTO_PROFILE,
  });
}

/**
 * Why the key settings cannot work, or null: a command source needs its command; production
 * keeps key files (and a generated authority token, which goes beside them) out of the data directory.
 */
function keyCustodyProblem(profile: 'development' | 'production', dataDir: string, keys: { source: string; dir: string; command: string | undefined }, tokenGiven: boolean): string | null {
  if (keys.source === 'kms-command' && !keys.command) return 'SHUYU_KEY_COMMAND: required when SHUYU_KEY_SOURCE=kms-command';
  if (profile !== 'production' || (keys.source !== 'file' && tokenGiven)) return null;
  // Through symbolic links too: a key directory linked into the data directory is inside it.
  const inside = path.relative(realPath(dataDir), realPath(keys.dir));
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) {
    return `SHUYU_KEY_DIR: the production profile keeps keys out of the data directory (${keys.dir} is inside ${dataDir}); set SHUYU_KEY_DIR to a directory elsewhere (another volume), or SHUYU_KEY_SOURCE=env or kms-command with SHUYU_AUTHORITY_TOKEN`;
  }
  return null;
}

function realPath(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return dir;
  }
}

/** '512MB', '2GiB' … in MiB (MB and MiB alike: only a lower bound is checked). */
function memoryMiB(text: string): number {
  const m = MEMORY_SIZE.exec(text);
  return m === null ? 0 : Number(m[1]) * (m[2].startsWith('G') ? 1024 : 1);
}

function parseBytes(text: string): number {
  const m = /^(\d+)(kb|mb|gb|b)?$/i.exec(text);
  const n = Number(m?.[1] ?? 0);
  const unit = (m?.[2] ?? 'b').toLowerCase();
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[unit] ?? 1;
  return n * factor;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
