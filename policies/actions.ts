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
  /** The authority's decision: applications, products, rule sets that keep identifiers. */
  'decide',
  /** Approve or reject a model version (模型查验): the authority, or an entrusted examiner. */
  'review',
  /** Read a run's output in the airlock and release or reject it (出域审核): the authority, or an entrusted examiner. */
  'release',
  /** Answer a data subject's request (which uses touched one person's record). */
  'answer',
  /** Withdraw what was granted: a qualification (资格), which suspends the unit's agreements. */
  'revoke',
  'suspend',
  'resume',
  'terminate',
  /** Call an API product (or fetch a dataset product). */
  'invoke',
  /** Run SQL in a sandbox's synthetic dev twin (and submit models, which are checked there). */
  'query',
  /** Work on live data through reviewed models: start runs and read released outputs. */
  'execute',
  'export',
] as const;

export type Action = (typeof actions)[number];
