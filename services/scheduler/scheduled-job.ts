/**
 * One scheduled job: a run still in progress is skipped, never started twice, and each run
 * has its own try/catch so one failure never stops the schedule.
 */
import type { Logger } from '../logging/create-logger';

export class ScheduledJob<T> {
  private current: Promise<T | undefined> | null = null;

  constructor(private readonly name: string, private readonly work: () => Promise<T>, private readonly logger: Logger) {}

  /** Runs the job unless a run is in progress; then returns that run's promise instead. */
  run(): Promise<T | undefined> {
    if (this.current) {
      this.logger.debug('scheduled job still running; skipped', { job: this.name });
      return this.current;
    }
    this.current = this.work()
      .catch((error: unknown) => {
        this.logger.error('scheduled job failed', { job: this.name, error: error instanceof Error ? error.message : String(error) });
        return undefined;
      })
      .finally(() => {
        this.current = null;
      });
    return this.current;
  }

  /** Waits for the run in progress, if any. */
  async settle(): Promise<void> {
    await this.current;
  }
}
