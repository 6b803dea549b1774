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
  'consent',
  /** The authority's decision: applications, models, releases, products, rule sets that keep identifiers. */
  'decide',
  'suspend',
  'resume',
  'terminate',
  /** Call an API product (or fetch a dataset product). */
  'invoke',
  /** Run SQL in a sandbox's synthetic dev twin. */
  'query',
  'export',
] as const;

export type Action = (typeof actions)[number];
