import { cpus, loadavg } from 'node:os';

export interface Row {
  operation: string;
  server: string;
  rps: number;
  p50: number;
  p99: number;
  /** SQL statements per request; null where no database is involved. */
  sql: number | null;
  cpuMs: number;
  /** req/s of the peers in the same run, for the ratios. */
  peer?: number;
  yoga?: number;
  http?: number;
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '—');

export function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  return `Node ${process.version} on ${process.platform}-${process.arch}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), load average ${load}`;
}

/** A Markdown table, ready to paste. */
export function table(rows: Row[]): string {
  const lines = [
    '| operation | server | req/s | p50 ms | p99 ms | SQL/req | CPU ms/req | ÷ PostGraphile | ÷ Yoga ceiling | ÷ http ceiling |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.operation} | ${r.server} | ${fixed(r.rps, 0)} | ${fixed(r.p50, 1)} | ${fixed(r.p99, 1)} | ${r.sql === null ? '—' : fixed(r.sql, 1)} | ${fixed(r.cpuMs, 2)} | ${ratio(r.rps, r.peer)} | ${ratio(r.rps, r.yoga)} | ${ratio(r.rps, r.http)} |`,
    );
  return lines.join('\n');
}

/** One server's process.memoryUsage() at a stage of the run, bytes. */
export interface MemoryRow {
  stage: string;
  server: string;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/** Memory per stage and server, in MB (Markdown). */
export function memoryTable(rows: MemoryRow[]): string {
  const lines = [
    '| stage | server | RSS | V8 heap used | V8 heap total | external | of which ArrayBuffers |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.stage} | ${r.server} | ${mb(r.rss)} | ${mb(r.heapUsed)} | ${mb(r.heapTotal)} | ${mb(r.external)} | ${mb(r.arrayBuffers)} |`,
    );
  return lines.join('\n');
}
