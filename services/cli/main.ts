#!/usr/bin/env node
/**
 * The `shuyu` command line. `serve` runs the platform; the other commands work offline on a
 * data directory (stop the server first: DuckDB allows one process per database file) and
 * reuse the same domain services as the HTTP API, audited the same way.
 */
import { Command } from 'commander';
import { loadConfig, type Config } from '../config/config';
import { buildPlatform, type Platform } from '../composition-root';
import { startServer } from '../server';
import fs from 'node:fs';
import { seedDemo } from '../demo/seed-demo';
import { demoWelcome } from '../demo/demo-welcome';
import { progressBar } from './progress-bar';

const program = new Command()
  .name('shuyu')
  .description('Shuyu (数域): privacy-preserving data sandbox platform for public data authorized operation')
  .option('-d, --data-dir <dir>', 'data directory (overrides SHUYU_DATA_DIR)');

function config(): Config {
  const dataDir = program.opts<{ dataDir?: string }>().dataDir;
  return loadConfig(dataDir ? { ...process.env, SHUYU_DATA_DIR: dataDir } : process.env);
}

async function offline<T>(work: (platform: Platform) => Promise<T>): Promise<T> {
  const cfg = config();
  let platform: Platform;
  try {
    platform = await buildPlatform({ ...cfg, logLevel: 'silent' });
  } catch (error) {
    if (/lock/i.test(String(error))) {
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

program
  .command('serve')
  .description('start the HTTP server')
  .action(async () => {
    const running = await startServer(config());
    const { platform } = running;
    const address = running.server.address();
    const where = typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
    platform.logger.info('shuyu listening', { url: where, dataDir: platform.config.dataDir });
    if (platform.firstStart && platform.config.demo) {
      const authorityToken = platform.config.authorityToken ?? fs.readFileSync(platform.authorityTokenFile as string, 'utf8').trim();
      const demo = await seedDemo(platform, authorityToken, progressBar('loading the demo'));
      console.log(demoWelcome(demo, platform.authorityTokenFile, where));
    }
    console.log(`Shuyu is listening on ${where}/api/v1 (docs: ${where}/api/docs)`);
    if (platform.authorityTokenFile) console.log(`The authority token was written to ${platform.authorityTokenFile} (mode 0600).`);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  });

program
  .command('destroy')
  .description('seal and destroy ended agreements now (the same code as the scheduled job)')
  .requiredOption('--expired', 'act on agreements past their term, terminated, or sealed')
  .option('--dry-run', 'only list what would be expired, sealed and destroyed')
  .action(async (opts: { expired: boolean; dryRun?: boolean }) => {
    await offline(async (p) => {
      const plan = await p.lifecycle.plan();
      const line = (label: string, list: { id: string; endsAt: string; status: string }[]) =>
        console.log(`${label}: ${list.length}${list.map((a) => `\n  ${a.id}\t${a.status}\tends ${a.endsAt}`).join('')}`);
      line('to expire', plan.toExpire);
      line('to seal', plan.toSeal);
      line('to destroy', plan.toDestroy);
      if (opts.dryRun) return;
      const all = new Set([...plan.toExpire, ...plan.toSeal, ...plan.toDestroy].map((a) => a.id));
      const bar = progressBar('destroying');
      bar(0, all.size);
      const result = await p.lifecycle.run();
      bar(all.size, all.size);
      console.log(JSON.stringify(result, null, 2));
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
      const result = await p.principals.create(opts, null);
      await p.audit.append({
        actorId: null,
        role: 'cli',
        action: 'principal.create',
        resource: `principal:${result.principal.id}`,
        outcome: 'allowed',
        requestId: 'cli',
        details: { name: opts.name, role: opts.role, unit: opts.unit },
      });
      return result;
    });
    console.log(JSON.stringify({ ...created.principal, token: created.token }, null, 2));
  });

const audit = program.command('audit').description('the hash-chained audit log');
audit
  .command('verify')
  .description('verify the chain and its anchor offline; exits 1 when invalid')
  .action(async () => {
    const report = await offline((p) => p.audit.verify(progressBar('verifying')));
    console.log(JSON.stringify(report, null, 2));
    if (!report.valid) process.exitCode = 1;
  });
audit
  .command('reanchor')
  .description('after a reported break, anchor the current head on purpose (recorded in the chain)')
  .requiredOption('--reason <text>', 'why the break is acknowledged, e.g. the incident number')
  .action(async (opts: { reason: string }) => {
    const broken = await offline((p) => p.audit.reanchor({ actorId: null, role: 'cli' }, opts.reason));
    console.log(broken ? `re-anchored; the break was: ${broken}` : 're-anchored; the chain already matched its anchor');
  });
audit
  .command('tail')
  .description('print the newest entries')
  .option('-n, --lines <n>', 'how many', '20')
  .action(async (opts: { lines: string }) => {
    const limit = Math.max(1, Math.min(1000, Number(opts.lines) || 20));
    const entries = await offline((p) => p.audit.find({ order: 'desc', limit }));
    for (const e of entries.reverse()) {
      console.log(`${e.seq}\t${e.at}\t${e.outcome}\t${e.role ?? '-'}\t${e.actorId ?? '-'}\t${e.action}\t${e.resource}`);
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`shuyu: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
