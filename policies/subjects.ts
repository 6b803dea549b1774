/** Every kind of resource the policy knows. Instances carry the fields conditions look at. */
export const subjectTypes = ['Principal', 'Dataset', 'AuditLog', 'Metrics', 'all'] as const;

export type SubjectType = (typeof subjectTypes)[number];

export type PrincipalSubject = { kind: 'Principal'; id: string; unit: string };
export type DatasetSubject = { kind: 'Dataset'; id: string; ownerUnit: string };
export type SubjectInstance = PrincipalSubject | DatasetSubject;
