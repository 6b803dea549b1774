/**
 * The roles of the platform (see the glossary in ARCHITECTURE.md). `examiner` is a third-party
 * institution the authority entrusts with model review and release review (模型查验); `partner`
 * an operator's partner (运营合作方) the authority accepted, working in that operator's sandboxes.
 */
export const roles = ['authority', 'source', 'operator', 'auditor', 'examiner', 'partner'] as const;

export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
