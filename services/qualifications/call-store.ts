/** Reads and writes the `calls` table; closing is a compare-and-set. */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { Call, CallStatus } from './call';

type Row = {
  id: string; title: string; requirements: string; scenarios: string; deadline: string; status: string;
  opened_by: string; opened_at: string; closed_by: string | null; closed_at: string | null;
};

function toCall(r: Row): Call {
  return {
    id: r.id, title: r.title, requirements: r.requirements, scenarios: JSON.parse(r.scenarios) as string[], deadline: r.deadline,
    status: r.status as CallStatus, openedBy: r.opened_by, openedAt: r.opened_at, closedBy: r.closed_by, closedAt: r.closed_at,
  };
}

export class CallStore {
  constructor(private readonly deps: { db: SqlRunner }) {}

  async insert(c: Call, db: SqlRunner = this.deps.db): Promise<void> {
    await db.run(
      'INSERT INTO calls VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL)',
      [c.id, c.title, c.requirements, JSON.stringify(c.scenarios), c.deadline, c.status, c.openedBy, c.openedAt],
    );
  }

  async get(id: string, db: SqlRunner = this.deps.db): Promise<Call | undefined> {
    const row = await db.one<Row>('SELECT * FROM calls WHERE id = $1', [id]);
    return row && toCall(row);
  }

  async list(): Promise<Call[]> {
    return (await this.deps.db.all<Row>('SELECT * FROM calls ORDER BY opened_at DESC, id')).map(toCall);
  }

  async close(id: string, by: string, at: string, db: SqlRunner = this.deps.db): Promise<boolean> {
    return (await db.change("UPDATE calls SET status = 'closed', closed_by = $2, closed_at = $3 WHERE id = $1 AND status = 'open'", [id, by, at])) === 1;
  }
}
