import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.ts';

export interface PostgresServer {
  /** A URL for the server's `postgres` database, as the superuser. */
  url: string;
  /** Stops the server, keeping its data, as an outage or restart would (other work goes on). */
  pause(): Promise<void>;
  /** Starts a paused server again, on the same port with the same data. */
  resume(): Promise<void>;
  stop(): void;
}

const isRoot = process.getuid?.() === 0;

/** Debian's PostgreSQL binaries, installing the `postgresql` package when they are missing. */
function findBinaries(): string {
  const find = () => {
    const root = '/usr/lib/postgresql';
    const versions = existsSync(root)
      ? readdirSync(root).sort((a, b) => Number(b) - Number(a))
      : [];
    const bin = versions
      .map((v) => join(root, v, 'bin'))
      .find((dir) => existsSync(join(dir, 'initdb')));
    return bin;
  };
  let bin = find();
  if (!bin && isRoot) {
    console.log("PostgreSQL is not installed: installing Debian's postgresql package…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    bin = find();
  }
  if (!bin)
    throw new Error(
      "PostgreSQL server binaries not found: install Debian's postgresql package (apt-get install postgresql).",
    );
  return bin;
}

/**
 * Starts a throwaway PostgreSQL server on a free loopback port, with its data in a temporary
 * folder. initdb refuses to run as root, so as root the server runs as the `postgres` user.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'attest-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const command = (name: string, args: string[]): [string, string[]] =>
    isRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]]
      : [join(bin, name), args];
  const run = (name: string, args: string[]) => {
    const result = spawnSync(...command(name, args), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr || result.stdout}`);
  };
  if (isRoot) {
    chmodSync(dir, 0o755);
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  run('initdb', ['--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '-D', data]);
  const runAsync = (name: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [file, argv] = command(name, args);
      execFile(file, argv, (error, _stdout, stderr) =>
        error ? reject(new Error(`${name} failed: ${stderr || error.message}`)) : resolve(),
      );
    });
  const startArgs = () => [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-o',
    `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off`,
    '-w',
    'start',
  ];
  run('pg_ctl', startArgs());
  let running = true;
  const stopArgs = ['-D', data, '-m', 'fast', '-w', 'stop'];
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    pause: async () => {
      await runAsync('pg_ctl', stopArgs);
      running = false;
    },
    resume: async () => {
      await runAsync('pg_ctl', startArgs());
      running = true;
    },
    stop: () => {
      try {
        if (running) run('pg_ctl', stopArgs);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Creates an empty database on the server and returns its URL. */
export async function createDatabase(
  serverUrl: string,
  name = `t_${Math.random().toString(36).slice(2, 10)}`,
): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
