export type SourceFormat = 'TEXT' | 'MARKDOWN' | 'HTML';

/** The API takes at most this many characters of article text (it refuses longer itself too). */
export const MAX_SOURCE_CHARACTERS = 200_000;
/** Under the API's 2 MB request body limit, with room for the rest of the request. */
const MAX_FILE_BYTES = 1_900_000;

const formats: Record<string, SourceFormat> = {
  txt: 'TEXT',
  text: 'TEXT',
  md: 'MARKDOWN',
  markdown: 'MARKDOWN',
  html: 'HTML',
  htm: 'HTML',
};

export const acceptedFiles = '.txt,.md,.markdown,.html,.htm';

export type FileText =
  | { ok: true; text: string; format: SourceFormat }
  | { ok: false; message: string };

/**
 * A chosen file as text, read in the browser. Decoding is strict: a file that is not UTF-8
 * (a Word document, a Latin-1 export) gets a clear message instead of a page of mojibake.
 */
export async function readSourceFile(file: File): Promise<FileText> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const format = formats[extension];
  if (!format)
    return {
      ok: false,
      message: `“${file.name}” is not a .txt, .md or .html file. Choose one of those, or paste the text.`,
    };
  if (file.size > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `“${file.name}” is too large (${Math.round(file.size / 1000)} kB): an article may be at most ${MAX_SOURCE_CHARACTERS.toLocaleString('en')} characters.`,
    };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Try choosing it again.` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, format };
  } catch {
    return {
      ok: false,
      message: `“${file.name}” is not valid UTF-8 text. Save it as UTF-8 (or as plain text) and try again, or paste the text instead.`,
    };
  }
}
