// Makes sure a Chromium is there for the element tests: installs Debian's package when running
// as root with apt-get, otherwise stops with one line saying how to get one.
import { spawnSync } from 'node:child_process';
import { chromiumInstalled, chromiumPath } from './chromium-path.mjs';

if (!chromiumInstalled()) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.env.CHROME_PATH || !isRoot || !hasApt) {
    console.error(`No Chromium at ${chromiumPath()}: install one (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`);
    process.exit(1);
  }
  console.error('Chromium is missing: installing Debian\'s chromium package (one time)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const update = run(['update', '-qq']);
  const install = update.status === 0 ? run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']) : update;
  if (install.status !== 0 || !chromiumInstalled()) {
    console.error(`${install.stdout ?? ''}${install.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n'));
    console.error('Installing chromium with apt-get failed; install it by hand (apt-get install -y chromium) and run npm test again.');
    process.exit(1);
  }
}
