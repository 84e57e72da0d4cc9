export { type Gradebook, loadGradebook } from './export-gradebook.ts';
export { gradebookCsv } from './gradebook-csv.ts';
export { type GradebookRow, type GradedAttempt, gradebookRows } from './gradebook-rows.ts';
export { inertCell } from './inert-cell.ts';
