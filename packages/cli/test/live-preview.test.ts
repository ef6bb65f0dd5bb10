import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCatalog, publish } from '@onestop/core/build';
import { loadCatalogDir } from '@onestop/core/node';
import { buildLive } from '../src/live-build.js';
import { ParseCache } from '../src/parse-cache.js';
import { get, listen, liveFixture, removeFixture, startLive, type LiveServer, type LiveStream } from './live-server.js';
import { cli, cliProcess, SAMPLE } from './run-cli.js';
import { treeSnapshot } from './tree-snapshot.js';

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency site</title></head><body><h1>Procedures</h1></body></html>';

describe('onestop serve <catalog> --watch', () => {
  let fixture: ReturnType<typeof liveFixture>;
  let server: LiveServer;
  let stream: LiveStream;
  const procedure = (id: string) => join(fixture.catalog, 'procedures', `${id}.yaml`);
  const served = async (id: string) => (JSON.parse((await get(`${server.url}catalog/en/procedures/${id}.json`)).text) as { name: { en: string } }).name.en;
  const rename = (id: string, from: string, to: string) => {
    const text = readFileSync(procedure(id), 'utf8');
    expect(text).toContain(`en: ${from}\n`);
    writeFileSync(procedure(id), text.replace(`en: ${from}\n`, `en: ${to}\n`));
  };

  beforeAll(async () => {
    fixture = liveFixture({ 'index.html': PAGE, 'bare.html': '<p>No head here</p>' });
    server = await startLive([fixture.catalog, '--watch', '--pages', fixture.pages, '--at', '/catalog', '--port', '0']);
    stream = await listen(server.url);
    await stream.waitFor(0, (s) => s.state === 'ok');
  }, 120_000);
  afterAll(async () => {
    stream?.close();
    await server?.stop();
    removeFixture(fixture.tmp);
  });

  it('serves the pages with the live script, and the publication from memory', async () => {
    const page = await get(server.url);
    expect(page.text).toMatch(/<script type="module" src="\/__onestop\/live\.js\?build=[\w-]+"><\/script><\/head>/);
    expect(Number(page.headers.get('content-length'))).toBe(Buffer.byteLength(page.text));
    expect((await get(`${server.url}bare.html`)).text).toMatch(/^<script type="module" src="\/__onestop\/live\.js\?build=[\w-]+"><\/script><p>/);
    const script = await get(`${server.url}__onestop/live.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.text).toContain("new EventSource('/__onestop/live')");
    const entry = await get(`${server.url}catalog/publication.json`);
    expect(entry.headers.get('x-onestop-build')).toBe('current');
    expect(JSON.parse(entry.text).counts.procedures).toBe(42);
    expect(await served('birth-registration')).toBe('Birth registration');
    expect((await get(`${server.url}catalog/no-such-file.json`)).status).toBe(404);
  });

  it('serves a save within seconds, parsing only the saved file, and never writes into the catalog', async () => {
    const before = treeSnapshot(fixture.catalog);
    const from = stream.statuses.length;
    const saved = Date.now();
    rename('birth-registration', 'Birth registration', 'Registering a birth');
    const status = await stream.waitFor(from, (s) => s.state === 'ok');
    expect(Date.now() - saved).toBeLessThan(10_000);
    expect(status.build).not.toBe(stream.statuses[from - 1]!.build);
    expect(await served('birth-registration')).toBe('Registering a birth');
    expect(server.stderr()).toMatch(/✓ rebuilt 42 procedures in \d+ ms \(procedures\/birth-registration\.yaml parsed again\)/);
    const after = treeSnapshot(fixture.catalog);
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });

  it('reports a broken save over the stream with file:line:column and keeps serving the last good publication', async () => {
    const from = stream.statuses.length;
    const good = readFileSync(procedure('birth-registration'), 'utf8');
    writeFileSync(procedure('birth-registration'), good.replace('yearlyDossiers: 25000', 'yearlyDossiers: 25000: many'));
    const status = await stream.waitFor(from, (s) => s.state === 'broken');
    expect(status.errors).toBe(1);
    expect(status.lines).toHaveLength(1);
    expect(status.lines[0]).toMatch(/procedures\/birth-registration\.yaml:4:\d+  YAML syntax: .+  \(.+\)$/);
    expect(status.build).toBe(stream.statuses[from - 1]!.build);
    const entry = await get(`${server.url}catalog/publication.json`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('x-onestop-build')).toBe('stale');
    expect(await served('birth-registration')).toBe('Registering a birth');
    expect(server.stderr()).toMatch(/✗ 1 error, 0 warnings \(procedures\/birth-registration\.yaml parsed again\): still serving the last good build/);

    const fixed = stream.statuses.length;
    writeFileSync(procedure('birth-registration'), good.replace('Registering a birth', 'Birth registration, fixed'));
    const recovered = await stream.waitFor(fixed, (s) => s.state === 'ok');
    expect(recovered.lines).toEqual([]);
    expect(recovered.build).not.toBe(status.build);
    expect(await served('birth-registration')).toBe('Birth registration, fixed');
    expect((await get(`${server.url}catalog/publication.json`)).headers.get('x-onestop-build')).toBe('current');
  });

  it('rebuilds once for a burst of saves, and not at all for a save that changed nothing', async () => {
    const ids = ['death-registration', 'marriage-registration', 'driving-license-exchange', 'passport-issuance', 'foreign-driving-license-exchange'];
    const from = stream.statuses.length;
    // Five saves in a row, as an editor's "Save all" makes them.
    for (const id of ids) {
      const text = readFileSync(procedure(id), 'utf8');
      writeFileSync(procedure(id), text.replace(/^yearlyDossiers: (\d+)/m, (_, n) => `yearlyDossiers: ${Number(n) + 1}`));
    }
    await stream.waitFor(from, (s) => s.state === 'ok');
    writeFileSync(procedure(ids[0]!), readFileSync(procedure(ids[0]!)));
    await new Promise((r) => setTimeout(r, 1500));
    expect(stream.statuses.length - from).toBe(1);
    const line = server.stderr().split('\n').filter((l) => l.includes('parsed again')).pop()!;
    for (const id of ids) expect(line).toContain(`procedures/${id}.yaml`);
  });

  it('sees a save made the way vim and VS Code make it: a new file renamed over the old one', async () => {
    const from = stream.statuses.length;
    const text = readFileSync(procedure('birth-registration'), 'utf8');
    writeFileSync(`${procedure('birth-registration')}.tmp`, text.replace('Birth registration, fixed', 'Saved by rename'));
    renameSync(`${procedure('birth-registration')}.tmp`, procedure('birth-registration'));
    await stream.waitFor(from, (s) => s.state === 'ok');
    expect(await served('birth-registration')).toBe('Saved by rename');
    // The watch survives the rename: the next plain save is seen too.
    const next = stream.statuses.length;
    rename('birth-registration', 'Saved by rename', 'Saved again');
    await stream.waitFor(next, (s) => s.state === 'ok');
    expect(await served('birth-registration')).toBe('Saved again');
  });

  it('says so when the catalog folder vanishes, and rebuilds when it comes back', async () => {
    const from = stream.statuses.length;
    renameSync(fixture.catalog, `${fixture.catalog}-away`);
    const gone = await stream.waitFor(from, (s) => s.state === 'broken');
    expect(gone.lines.join('\n')).toContain('the folder does not exist');
    expect(await served('birth-registration')).toBe('Saved again');
    const back = stream.statuses.length;
    renameSync(`${fixture.catalog}-away`, fixture.catalog);
    await stream.waitFor(back, (s) => s.state === 'ok');
    rename('birth-registration', 'Saved again', 'Watched again');
    await stream.waitFor(back, (s) => s.state === 'ok' && s.build !== stream.statuses[back]?.build);
    expect(await served('birth-registration')).toBe('Watched again');
  });

  it('stops cleanly on Ctrl+C', async () => {
    stream.close();
    expect(await server.stop()).toBe(0);
    expect(server.stderr()).toMatch(/Stopped\.\n$/);
  });
});

describe('the live build', () => {
  it('parses again only the files that changed, and publishes what a fresh build publishes', () => {
    const fixture = liveFixture();
    try {
      const cache = new ParseCache();
      const first = buildLive(fixture.catalog, cache);
      expect('ok' in first && first.ok).toBe(true);
      if (!('ok' in first)) return;
      expect(first.parsed).toHaveLength(83);
      const file = join(fixture.catalog, 'procedures', 'birth-registration.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('en: Birth registration\n', 'en: Birth registration (cached)\n'));
      const second = buildLive(fixture.catalog, cache, first.fingerprint);
      expect('ok' in second && second.ok).toBe(true);
      if (!('ok' in second) || !second.ok) return;
      expect(second.parsed).toEqual(['procedures/birth-registration.yaml']);
      const fresh = publish(compileCatalog(loadCatalogDir(fixture.catalog).catalog!));
      expect(second.files).toEqual(fresh);
      expect(buildLive(fixture.catalog, cache, second.fingerprint)).toEqual({ unchanged: true });
    } finally {
      removeFixture(fixture.tmp);
    }
  });
});

describe('onestop serve: ports and pages', () => {
  it('adds no live script without --watch, and honours PORT', async () => {
    const fixture = liveFixture({ 'index.html': PAGE });
    const free = await freePort();
    const server = await startLive([fixture.pages], { PORT: String(free) });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${free}/`);
      expect((await get(server.url)).text).toBe(PAGE);
      expect((await get(`${server.url}__onestop/live.js`)).status).toBe(404);
    } finally {
      expect(await server.stop()).toBe(0);
      removeFixture(fixture.tmp);
    }
  });

  it('says plainly that a port is in use', async () => {
    const blocker: Server = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = cliProcess(['serve', SAMPLE, '--port', String(port)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cannot serve on 127.0.0.1 port ${port}: port ${port} is already in use by another program`);
    } finally {
      blocker.close();
    }
  });

  it('refuses --at without --watch, and an --at that is not a URL path', async () => {
    expect((await cli(['serve', SAMPLE, '--at', '/x/'])).stderr).toContain('--pages and --at go with --watch');
    expect((await cli(['serve', SAMPLE, '--watch', '--at', 'x y'])).stderr).toContain('--at must be a URL path such as /catalog/');
  });
});

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}
