/**
 * Evidence documents people file with the platform (qualification material, a partner's
 * agreement, a filing's attachments): kept as bytes under their SHA-256, never opened, parsed
 * or executed by the platform. A record names its files by hash, name and size; whoever may
 * read the record may download them through the record's own route.
 */
import { z } from 'zod';

/** The largest file one may attach (5 MiB), and the most files on one record. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 10;

export type EvidenceFile = { name: string; contentType: string; size: number; sha256: string };

export const evidenceFileSchema = z.object({ name: z.string(), contentType: z.string(), size: z.number().int(), sha256: z.string() });

/** Standard base64: letters, digits, + and /, then at most two = at the end. */
export function isBase64(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 && text.length - end < 2) end -= 1;
  if (end === 0) return false;
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!ok) return false;
  }
  return true;
}

/** A file as a JSON body carries it: its name, its type and its bytes in base64. */
export const evidenceUploadSchema = z.strictObject({
  // A file name, not a path: no separators, no control characters.
  name: z.string().trim().min(1).max(200).regex(/^[^/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+$/, 'a file name without / or \\')
    .meta({ description: 'The file’s name, without a path', example: '合作协议.pdf' }),
  contentType: z.string().trim().min(3).max(100).regex(/^[\w.+-]+\/[\w.+-]+$/, 'a media type such as application/pdf'),
  // A linear scan, not a regular expression: a greedy pattern over megabytes keeps one backtrack entry per character.
  base64: z.string().min(1).max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 4).refine(isBase64, 'base64 bytes'),
});
export type EvidenceUpload = z.infer<typeof evidenceUploadSchema>;

export const evidenceUploadsSchema = z.array(evidenceUploadSchema).max(EVIDENCE_MAX_FILES)
  .meta({ description: 'Attached files (PDF, images, office documents)', example: [{ name: '季度报告.pdf', contentType: 'application/pdf', base64: 'JVBERi0xLjcK' }] });

/** The JSON body limit of a route that carries evidence: 20 MiB of files in base64, and the rest. */
export const EVIDENCE_BODY_LIMIT_BYTES = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 64 * 1024;
