import { createServer, request, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewServer } from '../src/preview-server.js';
import { closeServer, listenOnFreePort, rawGet } from './raw-request.js';

let tmp: string;
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'onestop-serve-'));
  root = join(tmp, 'site');
  mkdirSync(join(root, 'vi'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Onestop</title>');
  writeFileSync(join(root, 'vi', 'index.json'), '{"procedures":[]}');
  writeFileSync(join(root, 'app.js'), 'export {};');
  writeFileSync(join(root, 'notes.bin'), '<script>alert(1)</script>');
  writeFileSync(join(tmp, 'secret.txt'), 'outside the root');
  symlinkSync(join(tmp, 'secret.txt'), join(root, 'link-out.txt'));
  symlinkSync(join(root, 'vi', 'index.json'), join(root, 'link-in.json'));
  symlinkSync(tmp, join(root, 'parent-folder'));
  server = createPreviewServer(root);
  port = await listenOnFreePort(server);
});
afterAll(async () => {
  await closeServer(server);
  rmSync(tmp, { recursive: true, force: true });
});

const get = (path: string, method = 'GET') => rawGet(port, path, method);

describe('onestop serve', () => {
  it('serves files with their content type, nosniff, and no CORS header by default', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await get('/vi/index.json')).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await get('/app.js?v=2')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/notes.bin')).headers['content-type']).toBe('application/octet-stream');
  });

  it.each(['/%E0%A4%A', '/%', '/%00', '/a%00.html'])('answers the malformed request %s with 400 and stays up', async (path) => {
    expect((await get(path)).status).toBe(400);
    expect((await get('/vi/index.json')).status).toBe(200);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2fsecret.txt', '/vi/..%5c..%5csecret.txt', '/link-out.txt', '/parent-folder/secret.txt'])(
    'never serves a file outside its root: %s',
    async (path) => {
      const r = await get(path);
      expect([400, 404]).toContain(r.status);
      expect(r.body).not.toContain('outside the root');
    },
  );

  it('follows links that stay inside the root, and refuses other methods', async () => {
    expect((await get('/link-in.json')).body).toContain('procedures');
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/missing.json')).status).toBe(404);
  });

  it('as a command, listens on 127.0.0.1 by default and survives a malformed request', async () => {
    const bin = fileURLToPath(new URL('../bin/onestop.js', import.meta.url));
    const free = createServer();
    await new Promise<void>((done) => free.listen(0, '127.0.0.1', done));
    const freePort = (free.address() as AddressInfo).port;
    await new Promise((done) => free.close(done));
    const child = spawn(process.execPath, [bin, 'serve', root, '--port', String(freePort)], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let stderr = '';
      await new Promise<void>((done, fail) => {
        child.stderr.on('data', (c) => (stderr += c) && stderr.includes('Serving') && done());
        child.on('exit', () => fail(new Error(stderr)));
      });
      expect(stderr).toContain(`at http://127.0.0.1:${freePort}/`);
      const saved = port;
      port = freePort;
      try {
        expect((await get('/%E0%A4%A')).status).toBe(400);
        expect((await get('/')).status).toBe(200);
      } finally {
        port = saved;
      }
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
    }
  });

  it('sends the CORS header only when asked', async () => {
    const open = createPreviewServer(root, { cors: true });
    await new Promise<void>((done) => open.listen(0, '127.0.0.1', done));
    const address = open.address() as AddressInfo;
    const r = await new Promise<Record<string, unknown>>((done) => request({ host: '127.0.0.1', port: address.port, path: '/' }, (res) => (res.resume(), done(res.headers))).end());
    expect(r['access-control-allow-origin']).toBe('*');
    open.closeAllConnections();
    await new Promise((done) => open.close(done));
  });
});
