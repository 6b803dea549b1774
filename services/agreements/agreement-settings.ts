/**
 * Per-agreement controls set by the authority: the minimum group size k (default 10, never
 * below 3), the query timeout, and the largest share of suppressed rows a run may have before
 * it is blocked. Unset agreements use the platform defaults.
 */
import { z } from 'zod';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';

export type AgreementSettings = { kMin: number; queryTimeoutMs: number; maxSuppressedShare: number };

export const settingsPatchSchema = z.strictObject({
  kMin: z.number().int().min(3, 'k may never be below 3').max(1000).optional(),
  queryTimeoutMs: z.number().int().min(100).max(3_600_000).optional(),
  maxSuppressedShare: z.number().min(0).max(1).optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

type Row = { k_min: number; query_timeout_ms: number; max_suppressed_share: number };

export class AgreementSettingsStore {
  constructor(private readonly deps: { db: SqlRunner; defaults: AgreementSettings }) {}

  async get(agreementId: string): Promise<AgreementSettings> {
    const row = await this.deps.db.one<Row>('SELECT k_min, query_timeout_ms, max_suppressed_share FROM agreement_settings WHERE agreement_id = $1', [agreementId]);
    if (!row) return { ...this.deps.defaults };
    return { kMin: Number(row.k_min), queryTimeoutMs: Number(row.query_timeout_ms), maxSuppressedShare: Number(row.max_suppressed_share) };
  }

  async update(agreementId: string, patch: SettingsPatch, by: string, at: string): Promise<AgreementSettings> {
    const next = { ...(await this.get(agreementId)), ...patch };
    await this.deps.db.run(
      `INSERT INTO agreement_settings VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (agreement_id) DO UPDATE SET k_min = excluded.k_min, query_timeout_ms = excluded.query_timeout_ms,
         max_suppressed_share = excluded.max_suppressed_share, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [agreementId, next.kMin, next.queryTimeoutMs, next.maxSuppressedShare, by, at],
    );
    return next;
  }
}
