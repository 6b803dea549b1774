/**
 * An HTTP server that can be drained without resetting a connection a client may be using.
 *
 * Contract of `drain()` (called once, by `stop()`):
 * - The listener closes at once; new connections are refused by the OS.
 * - A request already handed to the app finishes normally. If its headers are not yet sent, it
 *   is answered with `Connection: close`, so the client does not reuse the socket.
 * - A request that arrives after the drain began, on a connection that was already open, never
 *   reaches the app: once its body has been read it gets `503 shutting_down` with
 *   `Connection: close` and `Retry-After: 1`, and the socket closes after that answer.
 * - A connection with nothing in flight is closed only after it stayed silent for `idleGraceMs`
 *   (not at once, as `http.Server.close()` does: that resets a request the client is sending).
 * - Whatever is still open after `graceMs` is destroyed. `drain()` resolves when no connection
 *   is left, with how many had to be destroyed.
 */
import crypto from 'node:crypto';
import http, { type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import net, { type Socket } from 'node:net';

export type DrainOptions = { graceMs: number; idleGraceMs: number };
export type GracefulServer = { server: Server; drain(options: DrainOptions): Promise<{ forced: number }> };

type Connection = { active: number; idleTimer?: NodeJS.Timeout };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createGracefulServer(app: RequestListener): GracefulServer {
  const connections = new Map<Socket, Connection>();
  const inFlight = new Set<ServerResponse>();
  let draining: DrainOptions | null = null;

  const clearIdle = (c: Connection) => {
    clearTimeout(c.idleTimer);
    c.idleTimer = undefined;
  };
  // Close a silent connection after the grace. The check waits two poll phases, so bytes that
  // reached the kernel while the event loop was busy (timers run before I/O) are read first.
  const armIdle = (socket: Socket, c: Connection, graceMs: number) => {
    clearIdle(c);
    const bytesBefore = socket.bytesRead;
    c.idleTimer = setTimeout(() => {
      afterPendingIo(() => {
        if (c.active > 0 || socket.destroyed) return;
        if (socket.bytesRead !== bytesBefore) armIdle(socket, c, graceMs); // a request is arriving
        else socket.destroy();
      });
    }, graceMs);
  };

  const server = http.createServer((req, res) => {
    const c = connections.get(req.socket);
    if (c) {
      c.active += 1;
      clearIdle(c);
    }
    inFlight.add(res);
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      inFlight.delete(res);
      if (!c) return;
      c.active -= 1;
      if (draining && c.active === 0 && !req.socket.destroyed) armIdle(req.socket, c, draining.idleGraceMs);
    };
    res.once('finish', finished);
    res.once('close', finished);
    if (draining) refuse(req, res);
    else app(req, res);
  });
  server.on('connection', (socket: Socket) => {
    const c: Connection = { active: 0 };
    connections.set(socket, c);
    if (draining) armIdle(socket, c, draining.idleGraceMs);
    socket.once('close', () => {
      clearIdle(c);
      connections.delete(socket);
    });
  });

  const drain = async (options: DrainOptions) => {
    draining = options;
    // Only the listener: http.Server.close() would also close idle keep-alive sockets at once.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    for (const [socket, c] of connections) if (c.active === 0) armIdle(socket, c, options.idleGraceMs);
    let forced = 0;
    const deadline = setTimeout(() => {
      forced = connections.size;
      for (const socket of connections.keys()) socket.destroy();
    }, options.graceMs);
    await closed;
    clearTimeout(deadline);
    // Nothing is left to close now: this only stops Node's connection-checking timer (and emits 'close' once more).
    server.close();
    return { forced };
  };
  return { server, drain };
}

function afterPendingIo(fn: () => void): void {
  setImmediate(() => setImmediate(fn));
}

/** The 503 for a request that arrived during the drain: its body is read first, so closing the socket after the answer sends no reset. */
function refuse(req: IncomingMessage, res: ServerResponse): void {
  const offered = req.headers['x-request-id'];
  const requestId = typeof offered === 'string' && UUID.test(offered) ? offered : crypto.randomUUID();
  const body = JSON.stringify({ error: { code: 'shutting_down', message: 'the server is shutting down; retry on a new connection', requestId } });
  const answer = () => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(503, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Request-Id': requestId,
      'Retry-After': '1',
      Connection: 'close',
    });
    res.end(body);
  };
  req.once('end', answer);
  req.resume();
}
