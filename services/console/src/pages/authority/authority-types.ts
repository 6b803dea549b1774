/** The authority area's shapes, taken from the generated API types (and the airlock view, which the document leaves untyped). */
import type { paths } from '../../api/openapi';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: infer R } } ? Json<R> : never;
type Post<P extends keyof paths> = paths[P]['post'] extends { responses: { 200: infer R } } ? Json<R> : never;

export type Application = Get<'/api/v1/applications'>['applications'][number];
export type Agreement = Get<'/api/v1/agreements'>['agreements'][number];
export type AgreementDetail = Get<'/api/v1/agreements/{id}'>;
export type AgreementSettings = Get<'/api/v1/agreements/{id}/settings'>;
export type Sandbox = Get<'/api/v1/sandboxes/{id}'>;
export type Model = Get<'/api/v1/models'>['models'][number];
export type Check = Model['checks'][number];
/** The whole run, as reviewers read it. */
export type Run = Extract<Get<'/api/v1/runs'>['runs'][number], { rowCount: number }>;
export type Principal = Get<'/api/v1/principals'>['principals'][number];
export type PrincipalRole = Principal['role'];
export type Partner = Get<'/api/v1/partners'>['partners'][number];
export type AuditEntry = Get<'/api/v1/audit'>['entries'][number];
export type Certificate = Get<'/api/v1/agreements/{id}/certificate'>;
export type SubjectSemantic = paths['/api/v1/subject-requests']['post']['requestBody']['content']['application/json']['semantic'];
export type SubjectMatch = Post<'/api/v1/subject-requests'>['matches'][number];
export type SubjectUse = SubjectMatch['runItems'][number];

/** A cell of the airlock: per table alias, how many subjects contribute; why it is held back. */
export type DifferencingPair = { cell: string; earlier: { sourceId: string; cell: string }; difference: number };
export type CellDiagnostic = { column: string; contributors: number[]; reasons: string[]; differencing?: DifferencingPair };
export type RowDiagnostic = { values: unknown[]; suppressed: boolean; reasons: string[]; subjects: Record<string, number>; cells: CellDiagnostic[] };

/** `GET /runs/:id/review`: what the reviewer reads before deciding. */
export type RunReview = {
  run: Run;
  verdict: string;
  failure: string | null;
  /** 2 under two-person release (important or core data, or the agreement's setting). */
  approvalsNeeded: 1 | 2;
  model: Pick<Model, 'id' | 'name' | 'version' | 'sha256' | 'reviewedBy' | 'sql' | 'parameters' | 'purpose' | 'checks' | 'recordLevelGranted' | 'unsafeStatisticsGranted'>;
  columns: { name: string; type: string }[];
  rows: RowDiagnostic[];
  differencing: DifferencingPair[];
  checks: Check[];
};

export type Decision = 'approve' | 'reject';
/** A cell of the airlock's output table. */
export type CellRef = { row: number; column: number };
