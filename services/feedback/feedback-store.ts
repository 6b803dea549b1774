/** Reads and writes the `feedback` and `feedback_answers` tables; status changes are compare-and-sets. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Feedback, FeedbackAnswer, FeedbackCategory, FeedbackStatus } from './feedback';

type Row = {
  id: string; agreement_id: string; operator_unit: string; raised_by: string; raised_at: string; dataset_id: string; source_unit: string;
  column_name: string | null; category: string; description: string; example_kind: string | null; example_run_id: string | null; example_text: string | null;
  status: string; first_answered_at: string | null; closed_by: string | null; closed_at: string | null; closing_note: string | null;
};
type AnswerRow = { feedback_id: string; seq: number; answered_by: string; answered_at: string; text: string };

function toFeedback(r: Row, answers: FeedbackAnswer[]): Feedback {
  return {
    id: r.id, agreementId: r.agreement_id, operatorUnit: r.operator_unit, raisedBy: r.raised_by, raisedAt: r.raised_at, datasetId: r.dataset_id,
    sourceUnit: r.source_unit, column: r.column_name, category: r.category as FeedbackCategory, description: r.description,
    example: r.example_kind ? { kind: r.example_kind as 'dev' | 'run', runId: r.example_run_id, text: r.example_text ?? '' } : null,
    status: r.status as FeedbackStatus, answers, firstAnsweredAt: r.first_answered_at, closedBy: r.closed_by, closedAt: r.closed_at, closingNote: r.closing_note,
  };
}

export type FeedbackFilter = { status?: FeedbackStatus; agreementId?: string; datasetId?: string };

export class FeedbackStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(f: Feedback, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run('INSERT INTO feedback VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, NULL, NULL, NULL, NULL)', [
      f.id, f.agreementId, f.operatorUnit, f.raisedBy, f.raisedAt, f.datasetId, f.sourceUnit, f.column, f.category, f.description,
      f.example?.kind ?? null, f.example?.runId ?? null, f.example?.text ?? null, f.status,
    ]);
  }

  async get(id: string): Promise<Feedback | undefined> {
    const row = await this.deps.db.one<Row>('SELECT * FROM feedback WHERE id = $1', [id]);
    return row && toFeedback(row, (await this.answersOf('WHERE id = $1', [id])).get(id) ?? []);
  }

  /** Newest first, with their answers. */
  async list(filter: FeedbackFilter = {}): Promise<Feedback[]> {
    const where: string[] = [];
    const params: string[] = [];
    for (const [column, value] of [['status', filter.status], ['agreement_id', filter.agreementId], ['dataset_id', filter.datasetId]] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = await this.deps.db.all<Row>(`SELECT * FROM feedback ${clause} ORDER BY raised_at DESC, id`, params);
    const answers = rows.length ? await this.answersOf(clause, params) : new Map<string, FeedbackAnswer[]>();
    return rows.map((r) => toFeedback(r, answers.get(r.id) ?? []));
  }

  /** Appends an answer to a feedback that is not closed; the first one also moves it to answered. */
  async answer(id: string, answer: FeedbackAnswer, db: SqlRunner): Promise<boolean> {
    const moved = await db.change(
      "UPDATE feedback SET status = 'answered', first_answered_at = coalesce(first_answered_at, $2) WHERE id = $1 AND status IN ('open', 'answered')", [id, answer.at]);
    if (moved !== 1) return false;
    await db.run('INSERT INTO feedback_answers SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4 FROM feedback_answers WHERE feedback_id = $1', [id, answer.by, answer.at, answer.text]);
    return true;
  }

  /** Closes a feedback in one of `from`. */
  async close(id: string, from: FeedbackStatus[], by: string, at: string, note: string | null, db: SqlRunner): Promise<boolean> {
    const statuses = from.map((_, i) => `$${i + 5}`).join(', ');
    return (await db.change(`UPDATE feedback SET status = 'closed', closed_by = $2, closed_at = $3, closing_note = $4 WHERE id = $1 AND status IN (${statuses})`, [id, by, at, note, ...from])) === 1;
  }

  /** The answers of the feedback that `clause` selects, in order. */
  private async answersOf(clause: string, params: string[]): Promise<Map<string, FeedbackAnswer[]>> {
    const out = new Map<string, FeedbackAnswer[]>();
    const rows = await this.deps.db.all<AnswerRow>(`SELECT * FROM feedback_answers WHERE feedback_id IN (SELECT id FROM feedback ${clause}) ORDER BY feedback_id, seq`, params);
    for (const r of rows) out.set(r.feedback_id, [...(out.get(r.feedback_id) ?? []), { by: r.answered_by, at: r.answered_at, text: r.text }]);
    return out;
  }
}
