/**
 * Newest-first pages over models and runs, by (created_at, id), with an opaque cursor. The
 * cursor holds only the created time and id of the last item the caller was given, both of
 * which that item shows, so a cursor never tells the caller anything new.
 */
import { z } from 'zod';
import { BadRequestError } from '../errors/app-error';

export type PageCursor = { createdAt: string; id: string };
/** What to read: rows of these sandboxes, in these stored statuses (all if absent), after the cursor. */
export type PageFilter = { sandboxIds: string[]; statuses?: readonly string[]; after?: PageCursor };
export type Page<T> = { items: T[]; nextCursor: string | null };

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 100;
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE),
  cursor: z.string().max(400).optional(),
};

/** `?status=a` or `?status=a&status=b`: one or more of `values`, always as a list. */
export function statusQuery<const T extends readonly [string, ...string[]]>(values: T) {
  const one = z.enum(values);
  return z.union([one, z.array(one).min(1).max(values.length)])
    .meta({ description: `Only records in these states (repeat the parameter for several): ${values.join(', ')}`, example: values[0] })
    .optional().transform((v) => (v === undefined ? undefined : Array.isArray(v) ? [...new Set(v)] : [v]));
}

export function encodeCursor(at: PageCursor): string {
  return Buffer.from(JSON.stringify([at.createdAt, at.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): PageCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 200)) return { createdAt: value[0], id: value[1] };
  } catch {
    // falls through to the refusal
  }
  throw new BadRequestError('invalid cursor', [{ path: 'query.cursor', message: 'not a cursor this list gave' }], 'invalid_cursor');
}

/** The WHERE clause (and its parameters) of a filter; `createdAt` is the column expression to order by. */
export function pageWhere(filter: PageFilter, createdAt: string): { where: string; params: string[] } {
  const params: string[] = [];
  const slot = (value: string) => `$${params.push(value)}`;
  const clauses = [`sandbox_id IN (${filter.sandboxIds.map(slot).join(', ')})`];
  if (filter.statuses?.length) clauses.push(`status IN (${filter.statuses.map(slot).join(', ')})`);
  if (filter.after) {
    const at = slot(filter.after.createdAt);
    clauses.push(`(${createdAt} < ${at} OR (${createdAt} = ${at} AND id < ${slot(filter.after.id)}))`);
  }
  return { where: clauses.join(' AND '), params };
}

/**
 * Collects one page: reads rows newest first in batches from `read`, keeps those `view` turns
 * into an item (null drops a row), and stops once it holds one more item than `limit`.
 */
export async function collectPage<R extends PageCursor, V>(
  read: (after: PageCursor | undefined, count: number) => Promise<R[]>, view: (row: R) => Promise<V | null> | V | null, limit: number, after: PageCursor | undefined,
): Promise<Page<V>> {
  const kept: { row: R; item: V }[] = [];
  let from = after;
  for (;;) {
    const batch = await read(from, limit + 1);
    for (const row of batch) {
      const item = await view(row);
      if (item !== null) kept.push({ row, item });
      if (kept.length > limit) break;
    }
    if (kept.length > limit || batch.length < limit + 1) break;
    from = batch[batch.length - 1];
  }
  const page = kept.slice(0, limit);
  const last = page[page.length - 1]?.row;
  return { items: page.map((k) => k.item), nextCursor: kept.length > limit && last ? encodeCursor(last) : null };
}
