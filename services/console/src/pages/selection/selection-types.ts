/** The selection area's API types (calls, qualifications, the directory, partners), taken from the generated OpenAPI types. */
import type { paths } from '../../api/openapi';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: infer R } } ? Json<R> : never;

export type Call = Get<'/api/v1/calls'>['calls'][number];
export type Qualification = Get<'/api/v1/qualifications'>['qualifications'][number];
export type DirectoryVersion = Get<'/api/v1/directory'>;
export type DirectoryEntry = DirectoryVersion['entries'][number];
export type DirectoryVersionSummary = Get<'/api/v1/directory/versions'>['versions'][number];
export type Proposal = Get<'/api/v1/directory/proposals'>['proposals'][number];
export type Partner = Get<'/api/v1/partners'>['partners'][number];
export type CatalogDataset = Get<'/api/v1/datasets'>['datasets'][number];
export type EvidenceFile = Qualification['materials'][number];

export const opennesses = ['unconditional', 'conditional'] as const;

/** What the authority or an operator does to a partner from the partners table. */
export type PartnerAction = 'accept' | 'reject' | 'grant' | 'withdraw' | 'end';
