/** `GET /inbox`: how many things wait for the caller's action, by kind (every role). */
import { z } from 'zod';
import { defineRoute, type Route } from '../http/route';
import { inboxKinds } from './inbox-kinds';
import type { InboxService } from './inbox-service';

export function inboxRoutes(inbox: InboxService): Route[] {
  return [
    defineRoute({
      id: 'inbox.read', method: 'get', path: '/inbox', tag: 'Inbox',
      summary: 'Counts of what waits for the caller (every role; only its own tenant’s things). '
        + 'authority: applications.decide (submitted, every dataset has its consent decision), applications.awaiting-consent (submitted, a consent missing), '
        + 'models.review (submitted versions), runs.release (runs awaiting-release, blocked or failed), products.review (submitted products), '
        + 'filings.overdue (filing obligations flagged overdue); '
        + 'source: applications.consent (submitted applications asking for one of its datasets without its consent decision), feedback.open (unanswered feedback on its datasets); '
        + 'operator: runs.released (its released runs), applications.pending (its submitted applications), feedback.answered (its feedback answered, not closed), '
        + 'filings.due (its unfiled obligations due within 14 days or overdue); '
        + 'auditor: audit.entries (audit entries today, Asia/Shanghai). Every kind of the role is listed, in this order, with count 0 when nothing waits',
      permission: ['read', 'Principal'],
      responses: { 200: { description: 'the counts', schema: z.object({ items: z.array(z.object({ kind: z.enum(inboxKinds), count: z.number().int().min(0) })) }) } },
      handler: async ({ principal, ability, audit }) => {
        audit.resource = 'inbox';
        const items = await inbox.items(principal, ability);
        audit.details = { counts: Object.fromEntries(items.map((i) => [i.kind, i.count])) };
        return { status: 200, body: { items } };
      },
    }),
  ];
}
