/**
 * Quality feedback (质量反馈): operators raise it on a dataset of one of their agreements, the
 * dataset's source unit answers and closes it, the authority and auditors follow everything.
 * Visibility follows the agreement's operator unit and the dataset's source unit; another
 * tenant's feedback answers 404. A dataset outside the operator's agreement answers the same
 * 422 whether or not it exists.
 *
 * Contract: texts are checked for personal values before this service sees them (see
 * personal-values.ts); every change commits with its audit entry, after every check has passed.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { AgreementService } from '../agreements/agreement-service';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { Principal } from '../principals/principal';
import type { RunStore } from '../runs/run-store';
import { feedbackSubject, newFeedback, type Feedback, type FeedbackCategory, type FeedbackExample } from './feedback';
import type { FeedbackFilter, FeedbackStore } from './feedback-store';

export type RaiseFeedback = {
  agreementId: string; datasetId: string; column?: string; category: FeedbackCategory; description: string;
  example?: { kind: FeedbackExample['kind']; runId?: string; text: string };
};

export class FeedbackService {
  constructor(private readonly deps: { store: FeedbackStore; agreements: AgreementService; runs: RunStore; clock: Clock }) {}

  async list(ability: AppAbility, filter: FeedbackFilter = {}): Promise<Feedback[]> {
    return (await this.deps.store.list(filter)).filter((f) => permits(ability, 'read', feedbackSubject(f)));
  }

  async visible(id: string, ability: AppAbility): Promise<Feedback> {
    const found = await this.deps.store.get(id);
    if (!found || !permits(ability, 'read', feedbackSubject(found))) throw new NotFoundError('feedback');
    return found;
  }

  /** An operator raises feedback on a dataset (and optionally a column) its agreement grants. */
  async raise(input: RaiseFeedback, by: Principal, ability: AppAbility, commitFor: (id: string) => AuditedCommit): Promise<Feedback> {
    const agreement = await this.deps.agreements.visible(input.agreementId, ability);
    const scoped = agreement.scope.find((d) => d.datasetId === input.datasetId);
    if (!scoped) throw new UnprocessableError('the agreement grants no such dataset', [{ path: 'datasetId', message: 'not a dataset of this agreement' }], 'not_in_agreement');
    const draft = { id: '', agreementId: agreement.id, operatorUnit: agreement.operatorUnit, sourceUnit: scoped.ownerUnit };
    if (!permits(ability, 'create', feedbackSubject(draft))) throw new NotFoundError('agreement');
    if (agreement.status !== 'active' && agreement.status !== 'suspended') {
      throw new ConflictError(`the agreement is ${agreement.status}; feedback is raised only under an active or suspended agreement`, 'agreement_ended');
    }
    // The column's name is never echoed: it might be anything the operator typed.
    if (input.column !== undefined && !scoped.columns.includes(input.column)) {
      throw new UnprocessableError('the agreement grants no such column of this dataset', [{ path: 'column', message: 'not a column this agreement grants' }], 'column_not_granted');
    }
    const example = await this.example(input.example, agreement.id);
    const feedback = newFeedback({
      agreementId: agreement.id, operatorUnit: agreement.operatorUnit, raisedBy: by.id, raisedAt: this.deps.clock.now().toISOString(),
      datasetId: scoped.datasetId, sourceUnit: scoped.ownerUnit, column: input.column ?? null, category: input.category, description: input.description, example,
    });
    const details = { datasetId: feedback.datasetId, column: feedback.column, runId: example?.runId ?? null };
    await commitFor(feedback.id)((tx) => this.deps.store.insert(feedback, tx), { agreementId: agreement.id, details });
    return feedback;
  }

  /** The dataset's source unit answers; the first answer moves the feedback to answered. */
  async answer(id: string, text: string, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<Feedback> {
    const feedback = await this.visible(id, ability);
    if (!permits(ability, 'answer', feedbackSubject(feedback))) throw new NotFoundError('feedback');
    if (feedback.status === 'closed') throw new ConflictError('the feedback is closed', 'feedback_closed');
    await commit(async (tx) => {
      if (!(await this.deps.store.answer(id, { by: by.id, at: this.deps.clock.now().toISOString(), text }, tx))) throw new ConflictError('the feedback is closed', 'feedback_closed');
    }, { agreementId: feedback.agreementId });
    return (await this.deps.store.get(id)) as Feedback;
  }

  /** The source unit closes answered feedback; the operator may close its own at any time (accepting or withdrawing). */
  async close(id: string, note: string | null, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<Feedback> {
    const feedback = await this.visible(id, ability);
    if (!permits(ability, 'update', feedbackSubject(feedback))) throw new NotFoundError('feedback');
    if (feedback.status === 'closed') throw new ConflictError('the feedback is closed', 'feedback_closed');
    const bySource = by.role === 'source';
    if (bySource && feedback.status !== 'answered') throw new ConflictError('answer the feedback before closing it', 'not_answered');
    await commit(async (tx) => {
      const closed = await this.deps.store.close(id, bySource ? ['answered'] : ['open', 'answered'], by.id, this.deps.clock.now().toISOString(), note, tx);
      if (!closed) throw new ConflictError('the feedback changed meanwhile', 'feedback_closed');
    }, { agreementId: feedback.agreementId });
    return (await this.deps.store.get(id)) as Feedback;
  }

  /**
   * An example refers to the dev twin, or to a released run of this agreement. Any other run id
   * (unknown, another agreement's, not released) gets the same answer.
   */
  private async example(example: RaiseFeedback['example'], agreementId: string): Promise<FeedbackExample | null> {
    if (!example) return null;
    if (example.kind === 'dev') {
      if (example.runId !== undefined) throw new UnprocessableError('an example from the dev twin names no run', [{ path: 'example.runId', message: 'only for an example from a released run' }], 'invalid_example');
      return { kind: 'dev', runId: null, text: example.text };
    }
    const run = example.runId === undefined ? undefined : await this.deps.runs.get(example.runId);
    if (!run || run.agreementId !== agreementId || run.status !== 'released') {
      throw new UnprocessableError('the example must name a released run of this agreement', [{ path: 'example.runId', message: 'not a released run of this agreement' }], 'invalid_example');
    }
    return { kind: 'run', runId: run.id, text: example.text };
  }
}
