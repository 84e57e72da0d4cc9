import ExcelJS from 'exceljs';
import { KAHOOT_COLUMNS, type KahootOptions, planKahoot } from './kahoot-fit.ts';
import type { ExportSet, KahootExport } from './types.ts';

/** Kahoot reads questions from row 9 on, under the headings in row 8. */
export const KAHOOT_HEADER_ROW = 8;

/**
 * Exports travel between machines and tests compare them: the workbook's own dates are fixed
 * rather than read from the clock.
 */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/**
 * Kahoot's spreadsheet template as an `.xlsx` file: a title and how-to in rows 1–7, the headings
 * in row 8, one question per row from row 9 (column A numbers them). Questions that do not fit
 * are left out and listed in `skipped` with every reason; ones whose meaning changes in Kahoot
 * are listed in `changed`; what the template has no place for is in `omitted`.
 */
export async function toKahootXlsx(
  set: ExportSet,
  options: KahootOptions = {},
): Promise<KahootExport> {
  const plan = planKahoot(set, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Attest';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getCell('B1').value = set.title;
  sheet.getCell('B1').font = { bold: true, size: 14 };
  sheet.getCell('B3').value = "Kahoot's quiz spreadsheet: import it in Kahoot's question editor.";
  sheet.getCell('B4').value = `${plan.rows.length} of ${set.questions.length} questions fit.`;
  const header = sheet.getRow(KAHOOT_HEADER_ROW);
  header.values = ['', ...KAHOOT_COLUMNS];
  header.font = { bold: true };
  plan.rows.forEach((row, i) => {
    sheet.getRow(KAHOOT_HEADER_ROW + 1 + i).values = [
      i + 1,
      row.question,
      ...row.answers,
      row.timeLimit,
      // One right answer as a number, as the template has it; several as "1,3".
      row.correct.length === 1 ? row.correct[0] : row.correct.join(','),
    ];
  });
  sheet.getColumn(2).width = 60;
  for (const c of [3, 4, 5, 6]) sheet.getColumn(c).width = 30;
  const omitted = set.questions.some((q) => q.explanation.trim() || q.evidence.length)
    ? ["explanations and evidence: Kahoot's template has no place for them"]
    : [];
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    xlsx: new Uint8Array(buffer as ArrayBuffer),
    skipped: plan.skipped,
    changed: plan.changed,
    omitted,
  };
}
