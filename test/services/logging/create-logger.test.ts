import { PassThrough } from 'node:stream';
import { createLogger } from '../../../services/logging/create-logger';
import { requestContext } from '../../../services/logging/request-context';
import { buildPlatform } from '../../../services/composition-root';
import { AUTHORITY_TOKEN, bearer, makeTempDir, testConfig } from '../../fixtures/test-platform';
import request from 'supertest';
import fs from 'node:fs';

function capture() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  return { stream, lines };
}

describe('operations logging', () => {
  it('writes JSON with the request id of the request it belongs to', async () => {
    const { stream, lines } = capture();
    const logger = createLogger('info', stream);
    requestContext.run({ requestId: 'req-abc-123' }, () => logger.info('inside'));
    logger.info('outside');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ message: 'inside', requestId: 'req-abc-123', level: 'info' });
    expect(lines[1].requestId).toBeUndefined();
  });

  it('never writes secrets: secret-named fields, bearer headers and shuyu tokens are redacted', async () => {
    const { stream, lines } = capture();
    const logger = createLogger('info', stream);
    const token = 'shy_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    logger.info(`got Bearer ${token} from client`, { token, nested: { authorization: 'Bearer x', password: 'p' }, note: `key was ${token}` });
    await new Promise((r) => setImmediate(r));
    const text = JSON.stringify(lines);
    expect(text).not.toContain(token);
    expect(text).not.toContain('"p"');
    expect(lines[0].token).toBe('[redacted]');
  });

  it('logs every request of a real platform with its request id, and no token', async () => {
    const { stream, lines } = capture();
    const dir = makeTempDir();
    const platform = await buildPlatform(testConfig(dir, { SHUYU_LOG_LEVEL: 'http' }), { logger: createLogger('http', stream) });
    const res = await request(platform.app).get('/api/v1/me').set(...bearer(AUTHORITY_TOKEN));
    await request(platform.app).get('/api/v1/me').set(...bearer('shy_unknownunknownunknownunknownunknownunkno'));
    await platform.close();
    await new Promise((r) => setImmediate(r));
    const requestLines = lines.filter((l) => l.message === 'request');
    expect(requestLines).toHaveLength(2);
    expect(requestLines[0]).toMatchObject({ requestId: res.headers['x-request-id'], route: '/me', status: 200 });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(AUTHORITY_TOKEN);
    expect(text).not.toContain('shy_unknown');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
