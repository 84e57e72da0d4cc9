/** GIFT's control characters; a backslash makes each literal (Moodle and gift-pegjs agree). */
const SPECIAL = /[~=#{}:\\]/g;

/**
 * Text as GIFT needs it: control characters escaped, and line breaks written as `\n`, because a
 * blank line ends a question and Moodle reads a line starting with // as a comment.
 */
export const escapeGift = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');

/** A comment line must not carry `[id:` or `[tag:`: both formats read those from any comment. */
export const giftComment = (text: string): string[] =>
  text
    .split(/\r?\n|\r/)
    .map((line) => `// ${line.replace(/\[/g, '(').replace(/\]/g, ')')}`.trimEnd());
