/** The four roles of the platform (see the glossary in ARCHITECTURE.md). */
export const roles = ['authority', 'source', 'operator', 'auditor'] as const;

export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
