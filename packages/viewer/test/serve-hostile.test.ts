// The preview server under a burst of hostile and unlucky requests, on 127.0.0.1 only, with bounded
// loops: every request gets an answer (or its socket is closed within the limits), and the server
// answers a plain request afterwards.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, serveSite, type RunningServer } from '../src/node/serve.js';

let dir: string;
let site: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lexharmony-serve-hostile-'));
  site = join(dir, 'site');
  mkdirSync(join(site, 'sub'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(site, 'big.json'), 'x'.repeat(8 * 1024 * 1024));
  writeFileSync(join(dir, 'secret.txt'), 'outside the site');
  symlinkSync(join(dir, 'secret.txt'), join(site, 'link-out.txt'));
  symlinkSync('/etc/passwd', join(site, 'passwd'));
  symlinkSync(dir, join(site, 'sub/up'));
  symlinkSync(join(site, 'index.html'), join(site, 'link-in.html'));
  symlinkSync(join(dir, 'nowhere'), join(site, 'dangling'));
  writeFileSync(join(site, 'locked.txt'), 'locked');
  chmodSync(join(site, 'locked.txt'), 0o000);
  execFileSync('mkfifo', [join(site, 'fifo.json')]);
  server = await serveSite(site, 0, { headersTimeout: 1_000, requestTimeout: 2_000 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request line, sent as is (no client-side URL normalisation); resolves with the status line, or '' if the socket closed first. */
function raw(text: string, timeoutMs = 5_000): Promise<string> {
  return new Promise((ok) => {
    const socket = connect(server.port, '127.0.0.1');
    let got = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      ok(got.split('\r\n')[0] ?? '');
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (c) => {
      got += c.toString('latin1');
      if (got.includes('\r\n\r\n')) done();
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.write(text);
  });
}

function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
      res.on('error', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

async function stillUp() {
  const r = await get('/');
  expect(r.status).toBe(200);
  expect(r.body).toContain('<title>ok</title>');
}

describe('the preview server under hostile requests', () => {
  it('never leaves the site: traversal raw and encoded, symbolic links pointing out', async () => {
    const paths = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/sub/../../secret.txt',
      '/%252e%252e/secret.txt',
      '/link-out.txt',
      '/passwd',
      '/sub/up/secret.txt',
      '/dangling',
      '/%00index.html',
      '/index.html%00.txt',
      `/${'a/'.repeat(2000)}`,
    ];
    for (const p of paths) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body, p).not.toMatch(/outside the site|root:/);
    }
    for (const line of ['GET /../secret.txt HTTP/1.1', 'GET ../secret.txt HTTP/1.1', 'GET //etc/passwd HTTP/1.1', 'GET http://127.0.0.1/../secret.txt HTTP/1.1']) {
      expect(await raw(`${line}\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`), line).toMatch(/^HTTP\/1\.1 (404|400)/);
    }
    // A link that stays inside the site is served.
    expect((await get('/link-in.html')).status).toBe(200);
    await stillUp();
  });

  it('answers what it cannot serve, and stays up: a FIFO, a directory, an unreadable file, a file gone mid-request', async () => {
    expect((await get('/fifo.json')).status).toBe(404);
    expect((await get('/sub')).status).toBe(404);
    // Root may read a mode-000 file; anyone else gets 403. Either way an answer, and the server lives.
    expect([200, 403]).toContain((await get('/locked.txt')).status);
    // Truncated and removed while its 8 MB are being sent: the response ends early, nothing else breaks.
    const pending = get('/big.json').catch(() => ({ status: -1, headers: {}, body: '' }));
    truncateSync(join(site, 'big.json'), 10);
    unlinkSync(join(site, 'big.json'));
    await pending;
    expect((await get('/big.json')).status).toBe(404);
    await stillUp();
  });

  it('takes GET and HEAD only, and sends its security headers', async () => {
    for (const m of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH']) {
      const r = await get('/', m);
      expect(r.status, m).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const r = await get('/index.html');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(r.headers[name], name).toBe(value);
    expect((await get('/nope')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('cuts off oversized headers and slow clients within the limits', async () => {
    expect(await raw(`GET / HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(64 * 1024)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431/);
    expect(await raw(`GET / HTTP/1.1\r\nhost: x\r\n${Array.from({ length: 200 }, (_, i) => `x-h${i}: 1`).join('\r\n')}\r\nconnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 (200|431|400)/);
    expect(await raw('NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    // Headers sent a byte a second, never finished: the server closes the socket within its 1 s limit (+ its check interval).
    const started = Date.now();
    const slow = await new Promise<number>((ok) => {
      const socket = connect(server.port, '127.0.0.1');
      const bytes = 'GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: '.split('');
      const tick = setInterval(() => (bytes.length ? socket.write(bytes.shift()!) : socket.write('a')), 200);
      const end = () => {
        clearInterval(tick);
        ok(Date.now() - started);
      };
      socket.on('close', end);
      socket.on('error', end);
      setTimeout(() => socket.destroy(), 8_000);
    });
    expect(slow).toBeLessThan(4_000);
    await stillUp();
  });

  it('answers 200 concurrent requests', async () => {
    const all = await Promise.all(Array.from({ length: 200 }, (_, i) => get(i % 4 === 0 ? '/nope' : '/index.html')));
    expect(all.filter((r) => r.status === 200)).toHaveLength(150);
    expect(all.filter((r) => r.status === 404)).toHaveLength(50);
    await stillUp();
  });
});
