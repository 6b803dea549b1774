#!/usr/bin/env node
/**
 * The `shuyu` command line. `serve` runs the platform (`--read-only-recovery`: the audit log
 * only, read-only, for a damaged data directory); `datasets upload`, `rules put`, `query` and
 * `runs download` talk to a running platform over HTTP (see data-plane-commands.ts); the other
 * commands work offline on a data directory (stop the server first: DuckDB allows one process
 * per database file). Commands that change something reuse the same domain services as the HTTP API, audited the same way.
 * `doctor`, `audit verify` and `audit tail` only read: they open control.duckdb read-only, never
 * create the anchor key, and change no byte in the data directory. Everything printed goes
 * through `terminal-safe`, so no value from the data directory can drive the terminal. The
 * platform's modules load only in the commands that need them, so that the HTTP commands and
 * `--version` start at once.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import { loadConfig, type Config } from '../config/config';
import type { Platform, PlatformOptions } from '../composition-root';
import type { ControlStore } from '../store/control-store';
import { DataDirectoryDamaged, describeDamage, describeRefusal } from '../doctor/data-directory-damaged';
import { ApiError } from '../console/src/api/api-error';
import { platformVersion } from '../config/version';
import { apiErrorText, auditTailLine, errorLine, planSection } from './cli-output';
import { addDataPlaneCommands } from './data-plane-commands';
import { progressBar } from './progress-bar';
import { withCustodiedKeys } from '../keys/key-custody';
import { addKeyCommands } from './keys-command';
import { terminalSafe, terminalSafeJson, terminalSafeLines } from './terminal-safe';

const program = new Command()
  .name('shuyu')
  .description('Shuyu (数域): privacy-preserving data sandbox platform for public data authorized operation')
  .version(platformVersion, '-V, --version', 'print the version')
  .option('-d, --data-dir <dir>', 'data directory (overrides SHUYU_DATA_DIR)')
  .configureOutput({
    writeOut: (text) => process.stdout.write(terminalSafeLines(text)),
    writeErr: (text) => process.stderr.write(terminalSafeLines(text)),
  });

function config(): Config {
  const dataDir = program.opts<{ dataDir?: string }>().dataDir;
  return loadConfig(dataDir ? { ...process.env, SHUYU_DATA_DIR: dataDir } : process.env);
}

async function offline<T>(work: (platform: Platform) => Promise<T>, options: PlatformOptions = {}): Promise<T> {
  const cfg = config();
  let platform: Platform;
  try {
    const { buildPlatform } = require('../composition-root') as typeof import('../composition-root');
    platform = await buildPlatform({ ...cfg, logLevel: 'silent' }, options);
  } catch (error) {
    if (/Could not set lock/i.test(String(error))) {
      throw new Error(`the data directory ${cfg.dataDir} is in use by a running server; stop it or use the HTTP API`);
    }
    throw error;
  }
  try {
    return await work(platform);
  } finally {
    await platform.close();
  }
}

/** Runs `work` on the control store opened read-only; nothing in the data directory changes. */
async function readOnly<T>(work: (store: ControlStore, cfg: Config) => Promise<T>): Promise<T> {
  const cfg = withCustodiedKeys(config(), 'read');
  const { ControlStore, controlFile } = require('../store/control-store') as typeof import('../store/control-store');
  let store: ControlStore;
  try {
    store = await ControlStore.openReadOnly(cfg.dataDir);
  } catch (error) {
    const text = String(error);
    if (/Could not set lock/i.test(text)) throw new Error(`the data directory ${cfg.dataDir} is in use by a running server; stop it or use the HTTP API`);
    if (!fs.existsSync(controlFile(cfg.dataDir))) throw new Error(`there is no control store in ${cfg.dataDir}`);
    throw new Error(`control.duckdb in ${cfg.dataDir} cannot be opened read-only (${text.replace(/^Error: /, '')}); run \`shuyu doctor\``);
  }
  try {
    return await work(store, cfg);
  } catch (error) {
    throw new Error(`reading control.duckdb in ${cfg.dataDir} failed (${String(error).replace(/^Error: /, '')}); run \`shuyu doctor\``);
  } finally {
    await store.close();
  }
}

program
  .command('serve')
  .description('start the HTTP server')
  .option('--read-only-recovery', 'serve only the audit log (query, verify, export) and GET /me, read-only, e.g. from a damaged data directory')
  .action(async (opts: { readOnlyRecovery?: boolean }) => {
    if (opts.readOnlyRecovery) return serveRecovery();
    const { consoleDist, consoleIsCurrent, ensureConsoleBuilt } = require('../console/console-bundle') as typeof import('../console/console-bundle');
    const { startServer } = require('../server') as typeof import('../server');
    await ensureConsoleBuilt((line) => console.log(line)).catch((error: unknown) => {
      console.error(terminalSafe(`the web console could not be built; serving the API only: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`));
    });
    const running = await startServer(config());
    const { platform } = running;
    const address = running.server.address();
    const where = typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
    platform.logger.info('shuyu listening', { url: where, dataDir: platform.config.dataDir });
    if (platform.firstStart && platform.config.demo) {
      const authorityToken = platform.config.authorityToken ?? fs.readFileSync(platform.authorityTokenFile as string, 'utf8').trim();
      const { seedDemo } = require('../demo/seed-demo') as typeof import('../demo/seed-demo');
      const { demoWelcome } = require('../demo/demo-welcome') as typeof import('../demo/demo-welcome');
      const demo = await seedDemo(platform, authorityToken, progressBar('loading the demo'));
      console.log(terminalSafeLines(demoWelcome(demo, platform.authorityTokenFile, where)));
    }
    console.log(terminalSafe(`Shuyu is listening on ${where}/api/v1 (docs: ${where}/api/docs)`));
    if (consoleIsCurrent() || fs.existsSync(`${consoleDist}/index.html`)) console.log(terminalSafe(`The web console (运营平台) is at ${where}/ : sign in with a token.`));
    if (platform.authorityTokenFile) console.log(terminalSafe(`The authority token was written to ${platform.authorityTokenFile} (mode 0600).`));
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  });

async function serveRecovery(): Promise<void> {
  const { startRecoveryServer } = require('../doctor/recovery-server') as typeof import('../doctor/recovery-server');
  const running = await startRecoveryServer(config());
  const address = running.server.address();
  const where = typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
  const { problems } = running.platform.report;
  if (problems.length) console.error(terminalSafeLines(`the data directory has problems (run \`shuyu doctor\`):\n${describeDamage(problems)}`));
  console.log(terminalSafe(`Shuyu is serving in read-only recovery on ${where}/api/v1: GET /audit, /audit/verify, /audit/export and /me only; requests are logged, not audited`));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

program
  .command('doctor')
  .description('inspect the data directory offline and read-only (control store, audit chain and anchor, vault); exits 1 when damaged')
  .option('--json', 'print the report as JSON')
  .action(async (opts: { json?: boolean }) => {
    const cfg = withCustodiedKeys(config(), 'read');
    const { inspectDataDirectory } = require('../doctor/inspect-data-directory') as typeof import('../doctor/inspect-data-directory');
    const { doctorText } = require('../doctor/doctor-output') as typeof import('../doctor/doctor-output');
    const report = await inspectDataDirectory(cfg.dataDir, { hmacKey: cfg.audit.hmacKey, depth: 'full', onProgress: opts.json ? undefined : progressBar('verifying the audit chain') });
    console.log(opts.json ? terminalSafeJson(report) : terminalSafeLines(doctorText(report)));
    if (!report.healthy) process.exitCode = 1;
  });

program
  .command('destroy')
  .description('seal and destroy ended agreements now (the same code as the scheduled job)')
  .requiredOption('--expired', 'act on agreements past their term, terminated, or sealed')
  .option('--dry-run', 'only list what would be expired, sealed and destroyed')
  .action(async (opts: { expired: boolean; dryRun?: boolean }) => {
    await offline(async (p) => {
      const plan = await p.lifecycle.plan();
      console.log(planSection('to expire', plan.toExpire));
      console.log(planSection('to seal', plan.toSeal));
      console.log(planSection('to destroy', plan.toDestroy));
      if (opts.dryRun) return;
      const all = new Set([...plan.toExpire, ...plan.toSeal, ...plan.toDestroy].map((a) => a.id));
      const bar = progressBar('destroying');
      bar(0, all.size);
      const result = await p.lifecycle.run();
      bar(all.size, all.size);
      console.log(terminalSafeJson(result));
      if (result.failed.length) process.exitCode = 1;
    });
  });

const principal = program.command('principal').description('manage principals');
principal
  .command('create')
  .description('create a principal and print its token (shown once)')
  .requiredOption('--name <name>')
  .requiredOption('--role <role>', 'authority | source | operator | auditor')
  .requiredOption('--unit <unit>', 'the organisation the principal acts for')
  .action(async (opts: { name: string; role: string; unit: string }) => {
    const created = await offline(async (p) => {
      const result = await p.principals.create(opts, null, {
        // The principal commits with its audit entry: both or neither.
        commitFor: (principal) => (change) => p.audit.recordWith({
          actorId: null, role: 'cli', action: 'principal.create', resource: `principal:${principal.id}`, outcome: 'allowed', requestId: 'cli',
          details: { name: opts.name, role: opts.role, unit: opts.unit },
        }, change),
      });
      return result;
    });
    console.log(terminalSafeJson({ ...created.principal, token: created.token }));
  });

const audit = program.command('audit').description('the hash-chained audit log');
audit
  .command('verify')
  .description('verify the chain and its anchor offline, read-only; exits 1 when invalid')
  .option('--public-key <hex>', 'gm profile: verify the anchor with this SM2 public key alone (no anchor key needed), e.g. the one GET /audit/anchor published')
  .action(async (opts: { publicKey?: string }) => {
    const report = await readOnly(async (store, cfg) => {
      const { AuditAnchor, readAnchorKey } = require('../audit/audit-anchor') as typeof import('../audit/audit-anchor');
      const { verifyChain } = require('../audit/audit-verifier') as typeof import('../audit/audit-verifier');
      const key = opts.publicKey ? null : readAnchorKey(cfg.dataDir, cfg.audit.hmacKey);
      if (!key && !opts.publicKey) console.error('shuyu: no anchor key (audit-anchor.key is missing and SHUYU_AUDIT_HMAC_KEY is not set): the anchor cannot be checked');
      const anchor = new AuditAnchor({ dataDir: cfg.dataDir, key: key ?? '', ...(opts.publicKey ? { publicKey: opts.publicKey.toLowerCase() } : {}) });
      return verifyChain(store.main, anchor.read(), progressBar('verifying'), anchor.chainHash);
    });
    console.log(terminalSafeJson(report));
    if (!report.valid) process.exitCode = 1;
  });
audit
  .command('reanchor')
  .description('after a reported break, record it in the chain and anchor the current head on purpose')
  .requiredOption('--reason <text>', 'why the break is acknowledged, e.g. the incident number')
  .action(async (opts: { reason: string }) => {
    const broken = await offline((p) => p.audit.reanchor({ actorId: null, role: 'cli' }, opts.reason), { acknowledgeAnchorBreak: true });
    console.log(broken ? `re-anchored; the break was: ${terminalSafe(broken)}` : 're-anchored; the chain already matched its anchor');
  });
audit
  .command('tail')
  .description('print the newest entries')
  .option('-n, --lines <n>', 'how many', '20')
  .action(async (opts: { lines: string }) => {
    const limit = Math.max(1, Math.min(1000, Number(opts.lines) || 20));
    const { findEntries } = require('../audit/audit-store') as typeof import('../audit/audit-store');
    const entries = await readOnly((store) => findEntries(store.main, { order: 'desc', limit }));
    for (const e of entries.reverse()) console.log(auditTailLine(e));
  });

addKeyCommands(program, config);
addDataPlaneCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ApiError) console.error(apiErrorText(error));
  else if (error instanceof DataDirectoryDamaged) console.error(terminalSafeLines(`shuyu: ${describeRefusal(error)}`));
  else console.error(errorLine(error));
  process.exit(1);
});
