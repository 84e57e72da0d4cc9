import { cpus } from 'node:os';

export interface Measure {
  /** Mean of autocannon's per-second samples. */
  rps: number;
  p50: number;
  p99: number;
}

export interface Row {
  name: string;
  api: Measure;
  ceiling: Measure;
  /** SQL statements during one request, and the mean over the measured run. */
  sql: number;
  sqlPerRequestInRun: number;
}

export function header(settings: string, data: string): string {
  const cpu = cpus();
  return [
    `Node ${process.version} on ${process.platform}-${process.arch}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'})`,
    `Database: PGlite (in memory, same process); ${data}`,
    `Load: ${settings}`,
  ].join('\n');
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** A Markdown table, ready to paste into the README. */
export function table(rows: Row[]): string {
  const lines = [
    '| operation | req/s | p50 ms | p99 ms | SQL/req | ceiling req/s | ceiling p50 ms | ceiling p99 ms | req/s ÷ ceiling |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, api, ceiling, sql, sqlPerRequestInRun } of rows) {
    const sqlCell =
      Math.abs(sqlPerRequestInRun - sql) < 0.05
        ? `${sql}`
        : `${sql} (run: ${fixed(sqlPerRequestInRun)})`;
    lines.push(
      `| ${name} | ${fixed(api.rps, 0)} | ${api.p50} | ${api.p99} | ${sqlCell} | ${fixed(ceiling.rps, 0)} | ${ceiling.p50} | ${ceiling.p99} | ${(api.rps / ceiling.rps).toFixed(3)} |`,
    );
  }
  return lines.join('\n');
}
