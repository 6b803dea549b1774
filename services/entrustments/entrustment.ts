/**
 * An entrustment (委托): the authority hands model review and release review (模型查验, 出域审核)
 * to an examiner, a principal of a third-party institution, for one agreement or for every
 * agreement of the platform. The authority keeps both rights itself. Revoking an entrustment
 * takes effect on the examiner's next request.
 */
export type Entrustment = {
  id: string;
  examinerId: string;
  /** null: every agreement of the platform. */
  agreementId: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
  revokedBy: string | null;
  revokedAt: string | null;
};

/** The agreements an examiner may review now: all of them, or these (none when empty). */
export type EntrustedScope = 'all' | readonly string[];

export function scopeOf(active: readonly Entrustment[]): EntrustedScope {
  if (active.some((e) => e.agreementId === null)) return 'all';
  return [...new Set(active.map((e) => e.agreementId as string))];
}
