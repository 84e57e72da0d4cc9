/**
 * Spreadsheets run a cell that starts with =, +, - or @ as a formula (and some also after a tab or
 * carriage return), so a learner named `=HYPERLINK(…)` could plant one in the teacher's
 * gradebook. Such text gets a leading apostrophe, which spreadsheets show as plain text (OWASP's
 * advice for CSV injection). Only text is touched: the file's own numbers stay numbers.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
