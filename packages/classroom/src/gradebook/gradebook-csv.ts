import { stringify } from 'csv-stringify/sync';
import type { GradebookRow } from './gradebook-rows.ts';
import { inertCell } from './inert-cell.ts';

/** Question headings stay short enough for a spreadsheet column. */
const HEADING_PROMPT = 40;

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The gradebook as CSV: Name, Student ID (what Moodle's grade import matches on), Started, Finished, one column per question ("Q1: …", the credit
 * 0–1), Total, Out of, Percent. UTF-8 with a byte order mark and CRLF line ends, as spreadsheet
 * programs and Moodle's grade import read them; every text cell made inert (`inertCell`).
 */
export function gradebookCsv(prompts: readonly string[], rows: readonly GradebookRow[]): string {
  const header = [
    'Name',
    'Student ID',
    'Started',
    'Finished',
    ...prompts.map((p, i) => {
      const short =
        [...p].length > HEADING_PROMPT ? `${[...p].slice(0, HEADING_PROMPT).join('')}…` : p;
      return `Q${i + 1}: ${short}`;
    }),
    'Total',
    'Out of',
    'Percent',
  ];
  const records = rows.map((r) => [
    r.name,
    r.studentId ?? '',
    r.startedAt.toISOString(),
    r.finishedAt.toISOString(),
    ...r.credits.map((c) => (c === null ? '' : round(c))),
    round(r.score),
    r.maxScore,
    r.maxScore > 0 ? round((r.score / r.maxScore) * 100) : 0,
  ]);
  const inert = (row: (string | number)[]) =>
    row.map((cell) => (typeof cell === 'string' ? inertCell(cell) : cell));
  return stringify([header, ...records].map(inert), { bom: true, record_delimiter: 'windows' });
}
