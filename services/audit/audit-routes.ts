/** Routes for the audit log: query with filters and a cursor, verify the chain, export it. */
import { z } from 'zod';
import { BadRequestError } from '../errors/app-error';
import { defineRoute, type Route } from '../http/route';
import { auditOutcomes } from './audit-entry';
import type { AuditService } from './audit-service';

const entrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  resource: z.string(),
  outcome: z.enum(auditOutcomes),
  requestId: z.string(),
  agreementId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

const isoTime = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
const auditQuery = z.strictObject({
  actor: z.string().max(100).optional().meta({ description: 'Only entries of this principal', example: 'prn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90' }),
  agreement: z.string().max(100).optional().meta({ description: 'Only entries about this agreement', example: 'agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90' }),
  action: z.string().max(100).optional().meta({ description: 'Only entries of this action (the route’s operation id)', example: 'sandbox.query' }),
  outcome: z.enum(auditOutcomes).optional().meta({ description: 'Only allowed, denied or failed requests', example: 'denied' }),
  from: isoTime.optional().meta({ description: 'Entries at or after this time (ISO 8601 with an offset)', example: '2026-03-01T00:00:00+08:00' }),
  to: isoTime.optional().meta({ description: 'Entries before this time (ISO 8601 with an offset)', example: '2026-04-01T00:00:00+08:00' }),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(200).optional(),
});

const verifySchema = z.object({
  valid: z.boolean(),
  entries: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  firstInvalidSeq: z.number().int().optional(),
  reason: z.string().optional(),
  anchor: z.object({ seq: z.number().int(), hash: z.string(), at: z.string(), signatureValid: z.boolean() }).nullable(),
});

const anchorSchema = z.object({
  profile: z.enum(['intl', 'gm']),
  chainHash: z.enum(['SHA-256', 'SM3']),
  signatureAlgorithm: z.enum(['HMAC-SHA256', 'SM2-with-SM3']),
  publicKey: z.string().nullable().meta({ description: 'gm: the SM2 public key (04 ‖ x ‖ y, hex) that verifies the anchor; null under intl (HMAC)' }),
  anchor: z.object({ seq: z.number().int(), hash: z.string(), at: z.string(), signature: z.string(), signedText: z.string() }).nullable(),
  documentKey: z.object({ algorithm: z.enum(['SM2-with-SM3', 'Ed25519']), publicKey: z.string() }).nullable()
    .meta({ description: 'the key that signs destruction certificates: SM2 under gm (the anchor\'s key pair), Ed25519 under intl' }),
});

/** Cursors are opaque to clients: the last seq seen and the direction, base64url. */
function decodeCursor(cursor: string, order: 'asc' | 'desc'): number {
  const match = /^(asc|desc):(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || match[1] !== order) throw new BadRequestError('invalid cursor', [{ path: 'query.cursor', message: 'not a cursor for this order' }], 'invalid_cursor');
  return Number(match[2]);
}

function encodeCursor(seq: number, order: 'asc' | 'desc'): string {
  return Buffer.from(`${order}:${seq}`, 'utf8').toString('base64url');
}

/** `documents`: the key that signs the platform's documents (certificates), published with the anchor. */
export function auditRoutes(audit: AuditService, documents?: { algorithm: 'SM2-with-SM3' | 'Ed25519'; publicKey: string }): Route[] {
  return [
    defineRoute({
      id: 'audit.query',
      method: 'get',
      path: '/audit',
      tag: 'Audit',
      summary: 'Query audit entries with filters and cursor pagination',
      permission: ['read', 'AuditLog'],
      query: auditQuery,
      responses: { 200: { description: 'a page of entries', schema: z.object({ entries: z.array(entrySchema), nextCursor: z.string().nullable() }) } },
      handler: async ({ query, audit: note }) => {
        const { cursor, order, limit, ...filters } = query;
        note.resource = 'audit';
        note.details = { filters };
        const seq = cursor ? decodeCursor(cursor, order) : undefined;
        const entries = await audit.find({
          ...filters,
          order,
          limit: limit + 1,
          ...(seq === undefined ? {} : order === 'asc' ? { afterSeq: seq } : { beforeSeq: seq }),
        });
        const page = entries.slice(0, limit);
        const nextCursor = entries.length > limit ? encodeCursor(page[page.length - 1].seq, order) : null;
        return { status: 200, body: { entries: page, nextCursor } };
      },
    }),
    defineRoute({
      id: 'audit.verify',
      method: 'get',
      path: '/audit/verify',
      tag: 'Audit',
      summary: 'Verify the hash chain and its signed anchor',
      permission: ['verify', 'AuditLog'],
      responses: { 200: { description: 'the verification report', schema: verifySchema } },
      handler: async ({ audit: note }) => {
        note.resource = 'audit';
        const report = await audit.verify();
        note.details = { valid: report.valid, entries: report.entries, firstInvalidSeq: report.firstInvalidSeq };
        return { status: 200, body: report };
      },
    }),
    defineRoute({
      id: 'audit.anchor',
      method: 'get',
      path: '/audit/anchor',
      tag: 'Audit',
      summary: 'The signed anchor of the chain head, how the chain is hashed and the anchor signed, and (gm) the public key that verifies it',
      permission: ['verify', 'AuditLog'],
      responses: { 200: { description: 'the anchor and how to verify it', schema: anchorSchema } },
      handler: async ({ audit: note }) => {
        note.resource = 'audit';
        const documentKey = documents ? { algorithm: documents.algorithm, publicKey: documents.publicKey } : null;
        return { status: 200, body: { ...(await audit.anchorInfo()), documentKey } };
      },
    }),
    defineRoute({
      id: 'audit.export',
      method: 'get',
      path: '/audit/export',
      tag: 'Audit',
      summary: 'Export the whole audit log as CSV or Parquet',
      permission: ['export', 'AuditLog'],
      query: z.strictObject({ format: z.enum(['csv', 'parquet']).default('csv') }),
      responses: { 200: { description: 'the audit log', contentTypes: ['text/csv', 'application/vnd.apache.parquet'] } },
      handler: async ({ query, audit: note }) => {
        note.resource = 'audit';
        note.details = { format: query.format };
        const file = await audit.exportToFile(query.format);
        const type = query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.apache.parquet';
        return {
          status: 200,
          file,
          removeAfter: true,
          headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="shuyu-audit.${query.format}"` },
        };
      },
    }),
  ];
}
