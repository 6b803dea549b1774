/** Every action a route can ask the policy about. */
export const actions = [
  'manage',
  'create',
  'read',
  'list',
  'update',
  'delete',
  'verify',
  'export',
] as const;

export type Action = (typeof actions)[number];
