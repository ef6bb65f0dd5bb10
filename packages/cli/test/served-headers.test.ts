import { type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewServer } from '../src/preview-server.js';
import { headersForPath, parseHeadersFile } from '../src/served-headers.js';
import { closeServer, listenOnFreePort, rawGet } from './raw-request.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'none'";

describe('_headers rules', () => {
  it('applies a pattern to the paths it matches, and joins a header set twice', () => {
    const rules = parseHeadersFile(`# the strict example\n/strict/*\n  Content-Security-Policy: ${CSP}\n\n/*\n  X-Frame-Options: DENY\n/strict/index.html\n  X-Frame-Options: SAMEORIGIN\n`);
    expect(headersForPath(rules, '/strict/')).toEqual({ 'content-security-policy': CSP, 'x-frame-options': 'DENY' });
    expect(headersForPath(rules, '/strict/index.html')).toEqual({ 'content-security-policy': CSP, 'x-frame-options': 'DENY, SAMEORIGIN' });
    expect(headersForPath(rules, '/portal/')).toEqual({ 'x-frame-options': 'DENY' });
    expect(headersForPath(rules, '/strictly/')).toEqual({ 'x-frame-options': 'DENY' });
  });

  it('reads dots and other pattern characters literally', () => {
    const rules = parseHeadersFile('/a.b/(x)\n  X-Test: 1\n');
    expect(headersForPath(rules, '/a.b/(x)')).toEqual({ 'x-test': '1' });
    expect(headersForPath(rules, '/aXb/(x)')).toEqual({});
  });

  it.each([
    ['  X-Test: 1', '_headers:1: a header comes before any path pattern'],
    ['strict/*\n  X-Test: 1', '_headers:1: a path pattern must start with "/": strict/*'],
    ['/*\n  no colon here', '_headers:2: expected "Name: value", found: no colon here'],
    ['/*\n  Content-Type: text/plain', '_headers:2: Content-Type is set by the server and cannot be changed here'],
  ])('names the line of a mistake: %j', (text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});

describe('onestop serve with a _headers file', () => {
  let root: string;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'onestop-headers-'));
    mkdirSync(join(root, 'strict'));
    writeFileSync(join(root, 'strict', 'index.html'), '<!doctype html><title>strict</title>');
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(root, '_headers'), `/strict/*\n  Content-Security-Policy: ${CSP}\n`);
    server = createPreviewServer(root);
    port = await listenOnFreePort(server);
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string) => rawGet(port, path);

  it('sends the policy for the folder it names and not elsewhere', async () => {
    const strict = await get('/strict/');
    expect(strict.status).toBe(200);
    expect(strict.headers['content-security-policy']).toBe(CSP);
    expect(strict.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get('/strict/index.html?x=1')).headers['content-security-policy']).toBe(CSP);
    expect((await get('/')).headers['content-security-policy']).toBeUndefined();
  });

  it('does not serve the _headers file itself', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('answers 500 with the line of the mistake when the file is broken, and recovers once fixed', async () => {
    writeFileSync(join(root, '_headers'), '/strict/*\n  Content-Length 3\n');
    const broken = await get('/strict/');
    expect(broken.status).toBe(500);
    expect(broken.body).toBe('_headers:2: expected "Name: value", found: Content-Length 3\n');
    writeFileSync(join(root, '_headers'), `/strict/*\n  Content-Security-Policy: ${CSP}\n`);
    expect((await get('/strict/')).headers['content-security-policy']).toBe(CSP);
  });
});
