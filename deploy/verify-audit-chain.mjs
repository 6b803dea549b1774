#!/usr/bin/env node
// Verifies an exported Shuyu audit chain (GET /api/v1/audit/export?format=csv) on its own: no
// project code, only node:crypto and the RFC 8785 (JCS) serialisation below, so an outside
// auditor can read all of it.
// Usage: node verify-audit-chain.mjs shuyu-audit.csv [--head SEQ:HASH] [--sm3]
// Each entry's hash is SHA-256 (SM3 with --sm3, for a platform under the 国密 profile: GET
// /api/v1/audit/anchor says which) over the UTF-8 bytes of
//   JCS([seq, at, actorId, role, action, resource, outcome, requestId, agreementId, details, prevHash])
// where the stored `details` column is JCS(details) and stands in that array as it is. prevHash is
// the previous entry's hash (64 zeros for entry 1) and seq runs 1..n. `--head` checks the last
// entry against a head published elsewhere (the signed anchor, a destruction certificate).
// Prints a JSON report; exits 0 when the chain is valid, 1 when not, 2 on a usage error.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** RFC 8785: ECMAScript number and string forms, object keys sorted by UTF-16 code units, no whitespace. */
function jcs(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${jcs(value[key])}`).join(',')}}`;
}

/** RFC 4180 CSV as DuckDB writes it; an unquoted empty field is SQL NULL, a quoted one ("") the empty string. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      for (i += 1; i < text.length; i += 1) {
        if (text[i] === '"' && text[i + 1] === '"') { value += '"'; i += 1; } else if (text[i] === '"') { i += 1; break; } else value += text[i];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    }
    row.push(quoted || value !== '' ? value : null);
    if (text[i] === ',') { i += 1; continue; }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    rows.push(row);
    row = [];
  }
  return rows;
}

const COLUMNS = ['seq', 'at', 'actor_id', 'role', 'action', 'resource', 'outcome', 'request_id', 'agreement_id', 'details', 'prev_hash', 'hash'];

function verify(rows, expectedHead, algorithm) {
  const [header, ...entries] = rows;
  if (header?.join(',') !== COLUMNS.join(',')) return { valid: false, entries: 0, reason: `expected the columns ${COLUMNS.join(',')}` };
  let head = { seq: 0, hash: '0'.repeat(64) };
  let earlierForm = 0;
  for (const [seqText, at, actorId, role, action, resource, outcome, requestId, agreementId, details, prevHash, hash] of entries) {
    const seq = Number(seqText);
    const fail = (reason) => ({ valid: false, entries: entries.length, firstInvalidSeq: head.seq + 1, reason, head });
    if (seq !== head.seq + 1) return fail(`entry ${head.seq + 1} is missing or out of order`);
    if (prevHash !== head.hash) return fail(`entry ${seq} does not link to its predecessor`);
    const before = [seq, at, actorId, role, action, resource, outcome, requestId, agreementId].map(jcs);
    const input = `[${[...before, details, jcs(prevHash)].join(',')}]`;
    if (createHash(algorithm).update(input, 'utf8').digest('hex') !== hash) return fail(`entry ${seq} was altered`);
    if (jcs(JSON.parse(details)) !== details) earlierForm += 1;
    head = { seq, hash };
  }
  if (expectedHead && (head.seq !== expectedHead.seq || head.hash !== expectedHead.hash)) {
    return { valid: false, entries: entries.length, head, reason: `the chain ends at ${head.seq}:${head.hash}, not at the expected head ${expectedHead.seq}:${expectedHead.hash}` };
  }
  return { valid: true, entries: entries.length, head, detailsInEarlierForm: earlierForm };
}

const args = process.argv.slice(2);
const sm3 = args.includes('--sm3');
const [file, flag, headArg] = args.filter((a) => a !== '--sm3');
const headMatch = /^(\d+):([0-9a-f]{64})$/.exec(headArg ?? '');
if (!file || (flag !== undefined && (flag !== '--head' || !headMatch))) {
  console.error('usage: node verify-audit-chain.mjs shuyu-audit.csv [--head SEQ:HASH] [--sm3]');
  process.exit(2);
}
const report = verify(parseCsv(readFileSync(file, 'utf8')), headMatch ? { seq: Number(headMatch[1]), hash: headMatch[2] } : null, sm3 ? 'sm3' : 'sha256');
console.log(JSON.stringify(report, null, 2));
process.exit(report.valid ? 0 : 1);
