/**
 * Attack: terminal escape injection through the CLI. A caller puts ANSI sequences (`\x1b[2J`),
 * carriage returns, newlines, tabs, C1 controls, Unicode line separators or bidi overrides
 * into something that ends up in the audit log (here: a percent-encoded resource id), hoping
 * that `shuyu audit tail` on an operator's terminal clears the screen, hides entries or forges
 * lines. Every printer must show such characters as visible escapes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { AuditEntry } from '../../../services/audit/audit-entry';
import { auditTailLine, errorLine, planSection } from '../../../services/cli/cli-output';
import { terminalSafe, terminalSafeJson, terminalSafeLines } from '../../../services/cli/terminal-safe';
import { AUTHORITY_TOKEN, bearer, startTestPlatform } from '../../fixtures/test-platform';

const ROOT = path.resolve(__dirname, '../../..');
const TIMEOUT = 30_000;

/** Any character a terminal would act on rather than show, but for the tab and newline printers use. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The same with tab and newline. */
const RAW_CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A resource that tries to clear the screen, return to column 0 and print a forged entry. */
const FORGED = 'principal:x\u001b[2J\u001b[H\r\n99\t2026-01-05T08:00:00.000Z\tallowed\tauthority\t-\taudit.reanchor\taudit';
const OVERRIDE = 'principal:\u202egnp.exe\u2028\u2029\u009b31m\u007f\u0000';

function entry(resource: string, action = 'principal.read'): AuditEntry {
  return {
    seq: 7, at: '2026-01-05T08:00:00.000Z', actorId: 'prn_\u001b]0;owned\u0007', role: 'operator', action, resource,
    outcome: 'denied', requestId: 'r', agreementId: null, details: {}, prevHash: '0'.repeat(64), hash: '1'.repeat(64),
  };
}

describe('terminal escape injection', () => {
  it('escapes every C0, DEL, C1, line-separator and bidi character, and nothing else', () => {
    const expected = new Set<number>();
    for (let c = 0; c <= 0x9f; c += 1) if (c < 0x20 || c >= 0x7f) expected.add(c);
    for (const c of [0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) expected.add(c);
    const escaped = new Set<number>();
    for (let c = 0; c <= 0xffff; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const char = String.fromCharCode(c);
      const out = terminalSafe(char);
      if (char === '\\') expect(out).toBe('\\\\');
      else if (out !== char) {
        escaped.add(c);
        expect(out).toMatch(/^\\(n|r|t|x[0-9a-f]{2}|u[0-9a-f]{4})$/);
      }
    }
    expect([...escaped].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('shows escapes visibly and doubles backslashes, so a printed \\x1b always means a real one', () => {
    expect(terminalSafe('a\u001b[2Jb\r\n\t\u202e\u2028\u009b\u007f')).toBe('a\\x1b[2Jb\\r\\n\\t\\u202e\\u2028\\x9b\\x7f');
    expect(terminalSafe('literal \\x1b')).toBe('literal \\\\x1b');
    expect(terminalSafe('数域 plain text: /api/v1/x?y=1')).toBe('数域 plain text: /api/v1/x?y=1');
  });

  it('audit tail: a forged resource stays one line of seven fields', () => {
    const line = auditTailLine(entry(FORGED));
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).not.toContain('\n');
    const fields = line.split('\t');
    expect(fields).toHaveLength(7);
    expect(fields[4]).toBe('prn_\\x1b]0;owned\\x07');
    expect(fields[6]).toBe('principal:x\\x1b[2J\\x1b[H\\r\\n99\\t2026-01-05T08:00:00.000Z\\tallowed\\tauthority\\t-\\taudit.reanchor\\taudit');
  });

  it('audit tail: bidi overrides, separators and C1 controls are shown, not obeyed', () => {
    const line = auditTailLine(entry(OVERRIDE, 'x\u2029y'));
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line.split('\t')).toHaveLength(7);
    expect(line).toContain('principal:\\u202egnp.exe\\u2028\\u2029\\x9b31m\\x7f\\x00');
    expect(line).toContain('x\\u2029y');
  });

  it('destroy --dry-run: a crafted agreement id cannot add plan lines', () => {
    const text = planSection('to seal', [{ id: 'agr_1\n  agr_forged\tactive\tends never', status: 'terminated', endsAt: '2026-01-01\u001b[1A' }]);
    expect(text.split('\n')).toEqual(['to seal: 1', '  agr_1\\n  agr_forged\\tactive\\tends never\tterminated\tends 2026-01-01\\x1b[1A']);
  });

  it('error messages and composed multi-line text: only the program’s own line breaks remain', () => {
    expect(errorLine(new Error('unknown role "x\u001b[2J\nshuyu: all good"'))).toBe('shuyu: unknown role "x\\x1b[2J\\nshuyu: all good"');
    expect(errorLine('plain\r')).toBe('shuyu: plain\\r');
    expect(terminalSafeLines('line one\nline\u001b[31m two\r\n')).toBe('line one\nline\\x1b[31m two\\r\n');
  });

  it('JSON output stays valid JSON of the same value, with nothing raw left for the terminal', () => {
    const value = { name: `n\u001b[2J\r\n\u202e\u2028\u009b\u007f\\`, nested: [{ id: 'a\u2066b' }] };
    const out = terminalSafeJson(value);
    expect(out.split('\n').every((l) => !RAW_CONTROL_OR_BREAK.test(l))).toBe(true);
    expect(out).toContain('\\u202e');
    expect(out.split('\n')).toHaveLength(JSON.stringify(value, null, 2).split('\n').length);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('shuyu audit tail on a real data directory prints hostile resource ids as visible escapes', async () => {
    const hmacKey = 'terminal-injection-hmac-key-0123456789abcdef';
    const t = await startTestPlatform({ env: { SHUYU_AUDIT_HMAC_KEY: hmacKey } });
    try {
      // Well-formed percent-encoding: the router decodes these into the audited resource ids.
      const hostile = [
        '%1B%5B2J%1B%5BH%0D%0A99%09forged%09allowed',
        '%E2%80%AEgnp.exe%E2%80%A8%C2%9B31m%7F',
      ];
      for (const id of hostile) expect((await t.http.get(`/api/v1/principals/${id}`).set(...bearer(t.authorityToken))).status).toBe(404);
      await t.close();

      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SHUYU_DATA_DIR: t.dataDir, SHUYU_AUTHORITY_TOKEN: AUTHORITY_TOKEN, SHUYU_AUDIT_HMAC_KEY: hmacKey, SHUYU_LOG_LEVEL: 'silent', SHUYU_DEMO: '0',
      };
      const tail = spawnSync('node', ['bin/shuyu.js', 'audit', 'tail', '-n', '2'], { cwd: ROOT, env, encoding: 'utf8', timeout: TIMEOUT });
      if (tail.error) throw tail.error;
      expect(tail.stderr).toBe('');
      expect(tail.status).toBe(0);
      expect(tail.stdout).not.toMatch(RAW_CONTROL);
      const lines = tail.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      const rows = lines.map((l) => l.split('\t'));
      expect(rows.every((r) => r.length === 7 && r[5] === 'principal.read' && r[2] === 'denied')).toBe(true);
      expect(rows.map((r) => r[6])).toEqual(['principal:\\x1b[2J\\x1b[H\\r\\n99\\tforged\\tallowed', 'principal:\\u202egnp.exe\\u2028\\x9b31m\\x7f']);
    } finally {
      await t.destroy();
    }
  }, TIMEOUT * 2);
});
