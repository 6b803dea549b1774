/** Every action a route can ask the policy about. */
export const actions = [
  'manage',
  'create',
  'read',
  'list',
  'update',
  'delete',
  /** See raw rows: a source unit's preview and detection over its own data. */
  'preview',
  'verify',
  'export',
] as const;

export type Action = (typeof actions)[number];
