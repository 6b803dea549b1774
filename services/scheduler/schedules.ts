/**
 * Every schedule of the platform, declared in one place: the expiry job, which expires
 * agreements past their term, seals what ended (terminated ones included) and destroys what is
 * sealed, and retries failed provisioning; and the filings job, which flags filing obligations
 * past due without a filing as overdue (daily by default, in Asia/Shanghai time).
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logging/create-logger';
import type { ScheduledJob } from './scheduled-job';

export type Schedules = { stop(): Promise<void> };

export type ScheduleDeps = { expiryCron: string; expiry: ScheduledJob<unknown>; filingsCron: string; filings: ScheduledJob<unknown>; logger: Logger };

export function startSchedules(deps: ScheduleDeps): Schedules {
  if (!cron.validate(deps.expiryCron)) throw new Error(`SHUYU_EXPIRY_CRON is not a valid cron expression: ${deps.expiryCron}`);
  if (!cron.validate(deps.filingsCron)) throw new Error(`SHUYU_FILINGS_CRON is not a valid cron expression: ${deps.filingsCron}`);
  const tasks: ScheduledTask[] = [
    cron.schedule(deps.expiryCron, () => deps.expiry.run(), { name: 'expiry', noOverlap: true }),
    cron.schedule(deps.filingsCron, () => deps.filings.run(), { name: 'filings', noOverlap: true, timezone: 'Asia/Shanghai' }),
  ];
  deps.logger.info('schedules started', { expiry: deps.expiryCron, filings: deps.filingsCron });
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
      await deps.expiry.settle();
      await deps.filings.settle();
    },
  };
}
