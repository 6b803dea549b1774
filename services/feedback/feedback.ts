import crypto from 'node:crypto';

/**
 * Quality feedback (质量反馈): an operator's report of a data-quality problem in a dataset of one
 * of its agreements (optionally one granted column), with an example written in terms of the dev
 * twin or a released run of that agreement, never of live values. The dataset's source unit
 * answers (once or more) and closes it; the operator may close it too (accepting the answer or
 * withdrawing). open → answered → closed; open → closed only by the operator.
 */
export const feedbackStatuses = ['open', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
export const feedbackCategories = ['accuracy', 'completeness', 'timeliness', 'consistency', 'other'] as const;
export type FeedbackCategory = (typeof feedbackCategories)[number];
/** Where an example comes from: rows of the synthetic dev twin, or a released run's output. */
export const exampleKinds = ['dev', 'run'] as const;

export type FeedbackExample = { kind: (typeof exampleKinds)[number]; runId: string | null; text: string };
export type FeedbackAnswer = { by: string; at: string; text: string };

export type Feedback = {
  id: string;
  agreementId: string;
  operatorUnit: string;
  raisedBy: string;
  raisedAt: string;
  datasetId: string;
  sourceUnit: string;
  column: string | null;
  category: FeedbackCategory;
  description: string;
  example: FeedbackExample | null;
  status: FeedbackStatus;
  answers: FeedbackAnswer[];
  firstAnsweredAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
  closingNote: string | null;
};

export function newFeedback(fields: Pick<Feedback, 'agreementId' | 'operatorUnit' | 'raisedBy' | 'raisedAt' | 'datasetId' | 'sourceUnit' | 'column' | 'category' | 'description' | 'example'>): Feedback {
  return { ...fields, id: `fbk_${crypto.randomUUID()}`, status: 'open', answers: [], firstAnsweredAt: null, closedBy: null, closedAt: null, closingNote: null };
}

/** The policy's view of a feedback: its agreement's operator unit and the dataset's source unit. */
export function feedbackSubject(f: Pick<Feedback, 'id' | 'agreementId' | 'operatorUnit' | 'sourceUnit'>) {
  return { kind: 'Feedback' as const, id: f.id, agreementId: f.agreementId, operatorUnit: f.operatorUnit, sourceUnit: f.sourceUnit };
}
