/**
 * Per-agreement controls set by the authority: disclosure control (the minimum group size k,
 * n-k dominance share, p-ratio, the largest share of suppressed rows), the query timeout, and
 * the run budgets (runs per day per agreement and per model, product calls per grantee per day).
 * The platform defaults are the floor: an agreement may tighten them, never loosen them.
 * `twoPersonRelease` switches on two-person release where the data do not already require it
 * (see two-person-release.ts). `filingPeriod` and `filingGraceDays` are the agreement's filing
 * schedule (定期报备, see filings/filing-schedule.ts): the authority's to set, neither tighter nor
 * looser than anything.
 */
import { z } from 'zod';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { AuditedCommit } from '../audit/audit-sink';
import { filingPeriodKinds, type FilingSchedule } from '../filings/filing-schedule';

export type AgreementSettings = {
  kMin: number; queryTimeoutMs: number; maxSuppressedShare: number; dominanceShare: number; pRatio: number;
  runsPerDay: number; runsPerModelPerDay: number; productCallsPerDay: number;
  twoPersonRelease: boolean;
} & FilingSchedule;

export const settingsPatchSchema = z.strictObject({
  kMin: z.number().int().min(3, 'k may never be below 3').max(1000).optional().meta({ description: 'The least number of people behind any released cell (k-anonymity threshold; never below 3)', example: 10 }),
  queryTimeoutMs: z.number().int().min(100).max(3_600_000).optional().meta({ description: 'How long one statement may run, in milliseconds', example: 30000 }),
  maxSuppressedShare: z.number().min(0).max(1).optional().meta({ description: 'The largest share of rows disclosure control may suppress before the run is blocked', example: 0.2 }),
  dominanceShare: z.number().min(0.5).max(1).optional().meta({ description: 'Dominance rule: a cell is unsafe when one contributor holds more than this share of it', example: 0.8 }),
  pRatio: z.number().min(0).max(1).optional().meta({ description: 'p% rule: a cell is unsafe when the others estimate the largest contributor within this ratio', example: 0.1 }),
  runsPerDay: z.number().int().min(1).max(100_000).optional().meta({ description: 'Model runs the agreement may start per day', example: 200 }),
  runsPerModelPerDay: z.number().int().min(1).max(100_000).optional().meta({ description: 'Runs of one model per day (limits differencing attacks)', example: 20 }),
  productCallsPerDay: z.number().int().min(1).max(1_000_000).optional().meta({ description: 'Calls of its API products per day', example: 10000 }),
  twoPersonRelease: z.boolean().optional().meta({ description: 'Releases need two different reviewers (always on for important or core data)', example: true }),
  filingPeriod: z.enum(filingPeriodKinds).optional().meta({ description: 'How often the operator files its scheduled report (定期报备)', example: 'quarterly' }),
  filingGraceDays: z.number().int().min(0).max(90).optional().meta({ description: 'Days after a period ends before its filing is overdue', example: 15 }),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

type Row = { k_min: number; query_timeout_ms: number; max_suppressed_share: number; extra: string | null };
type Extra = Pick<AgreementSettings, 'dominanceShare' | 'pRatio' | 'runsPerDay' | 'runsPerModelPerDay' | 'productCallsPerDay' | 'twoPersonRelease' | 'filingPeriod' | 'filingGraceDays'>;

/** Which way is stricter for each disclosure setting: a patch may only move that way from the defaults. */
const STRICTER: Partial<Record<keyof AgreementSettings, 'up' | 'down'>> = { kMin: 'up', dominanceShare: 'down', pRatio: 'up', maxSuppressedShare: 'down' };

export class SettingsLoosenedError extends Error {
  constructor(readonly fields: string[]) {
    super(`settings may tighten, never loosen, the platform defaults: ${fields.join(', ')}`);
  }
}

export class AgreementSettingsStore {
  constructor(private readonly deps: { db: SqlRunner; defaults: AgreementSettings }) {}

  get defaults(): AgreementSettings {
    return { ...this.deps.defaults };
  }

  async get(agreementId: string, db: SqlRunner = this.deps.db): Promise<AgreementSettings> {
    const row = await db.one<Row>('SELECT k_min, query_timeout_ms, max_suppressed_share, extra FROM agreement_settings WHERE agreement_id = $1', [agreementId]);
    if (!row) return { ...this.deps.defaults };
    const extra = row.extra ? (JSON.parse(row.extra) as Partial<Extra>) : {};
    return { ...this.deps.defaults, ...extra, kMin: Number(row.k_min), queryTimeoutMs: Number(row.query_timeout_ms), maxSuppressedShare: Number(row.max_suppressed_share) };
  }

  /**
   * Applies `patch` over the settings in force; `commit` commits the new settings with the
   * request's audit entry. A patch that loosens a default is refused before anything is written.
   */
  async update(agreementId: string, patch: SettingsPatch, by: string, at: string, commit: AuditedCommit): Promise<AgreementSettings> {
    const loosened = Object.entries(STRICTER).filter(([key, way]) => {
      const value = patch[key as keyof SettingsPatch];
      const floor = this.deps.defaults[key as keyof AgreementSettings];
      return value !== undefined && (way === 'up' ? value < floor : value > floor);
    }).map(([key]) => key);
    if (loosened.length) throw new SettingsLoosenedError(loosened);
    await commit(async (tx) => {
      // Read inside the commit, so that two patches at once cannot lose one another's fields.
      const next = { ...(await this.get(agreementId, tx)), ...patch };
      const extra: Extra = {
        dominanceShare: next.dominanceShare, pRatio: next.pRatio, runsPerDay: next.runsPerDay, runsPerModelPerDay: next.runsPerModelPerDay, productCallsPerDay: next.productCallsPerDay,
        twoPersonRelease: next.twoPersonRelease, filingPeriod: next.filingPeriod, filingGraceDays: next.filingGraceDays,
      };
      await tx.run(
        `INSERT INTO agreement_settings VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (agreement_id) DO UPDATE SET k_min = excluded.k_min, query_timeout_ms = excluded.query_timeout_ms,
           max_suppressed_share = excluded.max_suppressed_share, updated_by = excluded.updated_by, updated_at = excluded.updated_at, extra = excluded.extra`,
        [agreementId, next.kMin, next.queryTimeoutMs, next.maxSuppressedShare, by, at, JSON.stringify(extra)],
      );
    });
    return this.get(agreementId);
  }
}
