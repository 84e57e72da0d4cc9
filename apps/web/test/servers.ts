import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@attest/testing';

export const webDir = fileURLToPath(new URL('../', import.meta.url));
const repoRoot = join(webDir, '../..');
const apiDir = join(repoRoot, 'apps/api');
const cacheDir = join(webDir, '.cache');
export const chromiumPath = '/usr/bin/chromium';

/** Headless Chromium on a machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium, installed with apt when missing (as root, like the PostgreSQL tests). */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      "Chromium is missing: install Debian's chromium package (apt-get install chromium).",
    );
  console.log("Chromium is not installed: installing Debian's chromium package…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/**
 * The package's own `build` script (`next build`, then the compile hints) unless the last build is
 * newer than every source file (turbo builds first).
 */
export function ensureBuild(): void {
  const buildId = join(webDir, '.next/BUILD_ID');
  const sources = ['src', 'public', 'scripts', 'next.config.ts', 'package.json'].map((p) =>
    join(webDir, p),
  );
  if (
    existsSync(buildId) &&
    statSync(buildId).mtimeMs > Math.max(...sources.filter(existsSync).map(newest))
  )
    return;
  console.log('Building the web app (its build script)…');
  execFileSync('npm', ['run', 'build'], { cwd: webDir, stdio: 'inherit' });
}

async function waitFor(url: string, child: ChildProcess, what: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

function hashTree(path: string, hash = createHash('sha256')) {
  if (!existsSync(path)) return hash;
  if (statSync(path).isDirectory())
    for (const f of readdirSync(path).sort()) hashTree(join(path, f), hash);
  else hash.update(path).update(readFileSync(path));
  return hash;
}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess, after?: () => void) {
  return async () => {
    // The whole process group: the npx and tsx wrappers and the node process they start.
    const group = child.pid ? -child.pid : 0;
    const alive = () => {
      try {
        process.kill(group, 0);
        return true;
      } catch {
        return false;
      }
    };
    if (group && alive()) process.kill(group, 'SIGTERM');
    for (let i = 0; i < 100 && group && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (group && alive()) process.kill(group, 'SIGKILL');
    after?.();
  };
}

function startApiProcess(dataDir: string, port: number, webOrigin: string): ChildProcess {
  return spawn('npx', ['tsx', 'src/main.ts'], {
    cwd: apiDir,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      API_PORT: String(port),
      ATTEST_DATA_DIR: dataDir,
      ATTEST_API_URL: `http://127.0.0.1:${port}`,
      ATTEST_WEB_ORIGINS: webOrigin,
      ATTEST_AUTH_SECRET: 'web-e2e-secret-web-e2e-secret-0123456789',
    },
  });
}

/**
 * The real API (apps/api's main) on a fresh copy of an embedded database holding the curated
 * knowledge base. The migrated, seeded template is made once and remade when the migrations or
 * the knowledge base change: copying it takes a moment, seeding takes half a minute.
 */
export async function startApi(webOrigin: string): Promise<Running> {
  const key = hashTree(join(repoRoot, 'prisma')).digest('hex').slice(0, 16);
  const template = join(cacheDir, `pglite-${key}`);
  if (!existsSync(join(template, 'ready'))) {
    rmSync(cacheDir, { recursive: true, force: true });
    console.log('Preparing the test database (migrations and knowledge base)…');
    const port = await freePort();
    const child = startApiProcess(join(template, 'pglite'), port, webOrigin);
    await waitFor(`http://127.0.0.1:${port}/healthz`, child, 'The API', 180_000);
    await stopper(child)();
    writeFileSync(join(template, 'ready'), key);
  }
  const dir = mkdtempSync(join(tmpdir(), 'attest-web-e2e-'));
  cpSync(join(template, 'pglite'), join(dir, 'pglite'), {
    recursive: true,
    filter: (path) => !path.endsWith('.pid'),
  });
  const port = await freePort();
  const child = startApiProcess(join(dir, 'pglite'), port, webOrigin);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child, 'The API', 120_000);
  return { url, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) };
}

/** `next start` on a free port against the given API. */
export async function startWeb(port: number, apiUrl: string): Promise<Running> {
  const child = spawn('npx', ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: webDir,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ATTEST_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child, 'The web app', 60_000);
  return { url, stop: stopper(child) };
}
