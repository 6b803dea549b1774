/**
 * Every schedule of the platform, declared in one place. Today there is one: the expiry job,
 * which expires agreements past their term, seals what ended (terminated ones included) and
 * destroys what is sealed, and retries failed provisioning.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logging/create-logger';
import type { ScheduledJob } from './scheduled-job';

export type Schedules = { stop(): Promise<void> };

export function startSchedules(deps: { expiryCron: string; expiry: ScheduledJob<unknown>; logger: Logger }): Schedules {
  if (!cron.validate(deps.expiryCron)) throw new Error(`SHUYU_EXPIRY_CRON is not a valid cron expression: ${deps.expiryCron}`);
  const tasks: ScheduledTask[] = [cron.schedule(deps.expiryCron, () => deps.expiry.run(), { name: 'expiry', noOverlap: true })];
  deps.logger.info('schedules started', { expiry: deps.expiryCron });
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
      await deps.expiry.settle();
    },
  };
}
