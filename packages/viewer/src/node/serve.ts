/**
 * A local preview server for the built site (node:http, 127.0.0.1 only): the regular files of one
 * directory, with their content types; nothing outside it (paths are resolved through realpath, so
 * a symbolic link out of the site is not followed), no directory listings, GET and HEAD only. Every
 * request's failure is answered (403, 404, 405, 431, 500) and never stops the server: one reader's
 * bad request must not stop every other reader's page. Slow or oversized requests are cut off.
 * It is a preview for one person's browser, not a public web server (docs/security.md).
 */
import { closeSync, constants, createReadStream, fstatSync, openSync, realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Headers sent with every answer (docs/security.md explains each). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-cache',
};

/** Limits on what one request may cost. */
export const SERVER_LIMITS = {
  /** Bytes of request headers; more is answered 431. */
  headerBytes: 16 * 1024,
  headersCount: 64,
  /** Milliseconds to receive the headers (a slow client is cut off). */
  headersTimeout: 5_000,
  /** Milliseconds to receive the whole request. */
  requestTimeout: 10_000,
  keepAliveTimeout: 5_000,
  /** Characters of a request path. */
  urlChars: 2_048,
} as const;

export interface RunningServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** The site root as a real path (no symbolic link in it), so that containment can be checked on real paths. */
function realRoot(root: string): string {
  return realpathSync(resolve(root));
}

/**
 * The file a request path names inside `root`: a real path inside the root's real path, or
 * undefined when the path is malformed, would leave the root (`..`, encoded or not, or a symbolic
 * link pointing out), or names no file.
 */
export function resolveRequest(root: string, urlPath: string): string | undefined {
  if (urlPath.length > SERVER_LIMITS.urlChars) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  let base: string;
  let real: string;
  try {
    base = realRoot(root);
    real = realpathSync(resolve(join(base, path)));
  } catch {
    return undefined;
  }
  return real === base || real.startsWith(base + sep) ? real : undefined;
}

function answer(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra }).end(`${text}\n`);
}

function handle(root: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
  const file = resolveRequest(root, req.url ?? '/');
  if (!file) return answer(res, 404, 'Not found');
  // Open first, then check what was opened: a file removed or replaced after the check cannot be served by mistake.
  let fd: number;
  try {
    // Without blocking: a FIFO planted in the site would otherwise hold the open, and the server, forever.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return answer(res, code === 'EACCES' || code === 'EPERM' ? 403 : 404, code === 'EACCES' || code === 'EPERM' ? 'Forbidden' : 'Not found');
  }
  let size: number;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      return answer(res, 404, 'Not found');
    }
    size = stat.size;
  } catch {
    closeSync(fd);
    return answer(res, 500, 'Internal error');
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': String(size) });
  if (req.method === 'HEAD') {
    closeSync(fd);
    res.end();
    return;
  }
  const stream = createReadStream('', { fd, autoClose: true });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

/** Serve `root` on 127.0.0.1:`port` (0: any free port). Resolves once listening. `limits` are for tests that need shorter timeouts. */
export function serveSite(root: string, port = 0, limits: Partial<Record<keyof typeof SERVER_LIMITS, number>> = {}): Promise<RunningServer> {
  const l = { ...SERVER_LIMITS, ...limits };
  const server = createServer({
    maxHeaderSize: l.headerBytes,
    requestTimeout: l.requestTimeout,
    headersTimeout: l.headersTimeout,
    keepAliveTimeout: l.keepAliveTimeout,
    // How often timeouts are checked (Node's default, 30 s, would let a slow client hold a socket that long).
    connectionsCheckingInterval: Math.min(1000, l.headersTimeout),
  }, (req, res) => {
    try {
      handle(root, req, res);
    } catch {
      answer(res, 500, 'Internal error');
    }
  });
  server.maxHeadersCount = l.headersCount;
  // A malformed or oversized request is answered on its socket and ends there.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    // Answered, then closed once the answer is out, whatever the client goes on sending.
    socket.write(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    (socket as typeof socket & { destroySoon(): void }).destroySoon();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      // After start-up, a server error is logged by no one and stops nothing.
      server.on('error', () => undefined);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // A browser's keep-alive connections would otherwise hold the close until they time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
