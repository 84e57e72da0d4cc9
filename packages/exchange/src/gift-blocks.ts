export interface GiftBlock {
  text: string;
  /** 1-based line of the file where the block starts. */
  line: number;
}

const isBlank = (line: string): boolean => line.trim() === '';
const isComment = (line: string): boolean => line.trim().startsWith('//');

/**
 * Splits GIFT text into questions the way Moodle does: at blank lines. Parsing each block alone
 * means one broken question is reported on its own instead of failing the whole file. Blocks of
 * only comments (a file header) hold no question and are left out.
 */
export function giftBlocks(text: string): GiftBlock[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: GiftBlock[] = [];
  let current: string[] = [];
  let start = 1;
  const close = () => {
    if (current.some((l) => !isComment(l))) blocks.push({ text: current.join('\n'), line: start });
    current = [];
  };
  lines.forEach((line, i) => {
    if (isBlank(line)) {
      close();
      return;
    }
    if (current.length === 0) start = i + 1;
    current.push(line);
  });
  close();
  return blocks;
}
