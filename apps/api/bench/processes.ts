import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromParent, Role, ToParent } from './protocol.ts';

export interface Usage {
  cpuMicros: number;
  statements: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  served: number;
  active: number;
}

export interface ServerProcess {
  urls: Record<string, string>;
  usage(): Promise<Usage>;
  store(responses: Record<string, string>): Promise<void>;
  /** A heap snapshot (when ATTEST_BENCH_HEAP_SNAPSHOTS is set), then the usage. */
  snapshot(label: string): Promise<Usage>;
  stop(): void;
}

const serverFile = fileURLToPath(new URL('./server.ts', import.meta.url));

/**
 * Forks bench/server.ts in `role` (with the parent's tsx loader; PostGraphile also gets its
 * Promise.withResolvers polyfill) and resolves once it listens.
 */
export function startServer(role: Role): Promise<ServerProcess> {
  // --expose-gc: a snapshot() collects first; nothing else calls it.
  const execArgv = [...process.execArgv, '--expose-gc'];
  if (role.name === 'postgraphile')
    execArgv.push('--import', import.meta.resolve('@attest/bench-peer/polyfill'));
  const child: ChildProcess = fork(serverFile, [JSON.stringify(role)], {
    execArgv,
    env: { ...process.env, NODE_ENV: role.name === 'postgraphile' ? 'production' : 'development' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, (usage: Usage) => void>();
  const ask = (message: FromParent) =>
    new Promise<Usage>((resolve) => {
      waiting.set(message.id, resolve);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${role.name} exited (${code}) before it was ready`)),
    );
    child.on('message', (message: ToParent) => {
      if (message.type === 'ready') {
        child.removeAllListeners('exit');
        resolve({
          urls: message.urls,
          usage: () => ask({ type: 'usage', id: next++ }),
          store: async (responses) => {
            await ask({ type: 'store', id: next++, responses });
          },
          snapshot: (label) => ask({ type: 'snapshot', id: next++, label }),
          stop: () => child.kill('SIGKILL'),
        });
      } else {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
      }
    });
  });
}
