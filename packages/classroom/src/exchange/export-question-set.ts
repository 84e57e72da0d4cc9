import type { Db } from '@attest/db';
import { AttestError } from '@attest/errors';
import { ExportError, toGift, toKahootXlsx, toMoodleXml } from '@attest/exchange';
import { loadGradebook } from '../gradebook/export-gradebook.ts';
import { findOwnedSetWithQuestions } from '../sets/find-owned-set.ts';
import { questionName } from '../sets/set-problems.ts';
import { toExportSet } from './to-export-set.ts';

export const EXPORT_FORMATS = ['GIFT', 'MOODLE_XML', 'KAHOOT_XLSX', 'GRADEBOOK_CSV'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  format: ExportFormat;
  filename: string;
  mediaType: string;
  /** Text as it is (UTF-8), or a binary file (Kahoot's .xlsx) in base64: see `encoding`. */
  content: string;
  encoding: 'UTF_8' | 'BASE64';
  /** What the file leaves out or changes, e.g. questions that do not fit Kahoot. */
  notes: string[];
}

const FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  GIFT: { extension: 'gift.txt', mediaType: 'text/plain; charset=utf-8' },
  MOODLE_XML: { extension: 'moodle.xml', mediaType: 'application/xml; charset=utf-8' },
  GRADEBOOK_CSV: { extension: 'gradebook.csv', mediaType: 'text/csv; charset=utf-8' },
  KAHOOT_XLSX: {
    extension: 'kahoot.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
};

/** A file name from the title that every system accepts: ASCII letters, digits and dashes. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[^a-zA-Z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return stem || 'question-set';
}

/**
 * The owner's set as a GIFT, Moodle XML or Kahoot spreadsheet file, or its gradebook (the learners'
 * finished attempts) as CSV.
 */
export async function exportQuestionSet(
  prisma: Db,
  ownerId: string,
  setId: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const { set, questions } = await findOwnedSetWithQuestions(prisma, ownerId, setId);
  const exportSet = toExportSet(set, questions);
  const positions = new Map(questions.map((q) => [q.stableId, q]));
  const name = (id: string) => {
    const q = positions.get(id);
    return q ? questionName(q) : `question "${id}"`;
  };
  const file = {
    format,
    filename: `${fileStem(set.title)}.${FILES[format].extension}`,
    mediaType: FILES[format].mediaType,
  };
  if (format === 'GRADEBOOK_CSV') {
    const { csv, notes } = await loadGradebook(prisma, setId);
    return { ...file, content: csv, encoding: 'UTF_8', notes };
  }
  if (format === 'KAHOOT_XLSX') {
    const { xlsx, skipped, changed, omitted } = await toKahootXlsx(exportSet);
    return {
      ...file,
      content: Buffer.from(xlsx).toString('base64'),
      encoding: 'BASE64',
      notes: [
        ...skipped.map((s) => `Left out ${name(s.id)}: it does not fit Kahoot: ${s.reason}.`),
        ...changed.map((c) => `Changed in Kahoot: ${name(c.id)}: ${c.change}.`),
        ...omitted.map((o) => `Not in the file: ${o}.`),
      ],
    };
  }
  try {
    const content = format === 'GIFT' ? toGift(exportSet) : toMoodleXml(exportSet);
    return { ...file, content, encoding: 'UTF_8', notes: [] };
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    throw new AttestError(
      'INVALID_QUESTION_SET',
      `This set cannot be exported for Moodle: ${error.problems.map((p) => `${name(p.id)}: ${p.problem}`).join('; ')}.`,
    );
  }
}

/** The bytes to send for an export file, whichever its encoding. */
export const exportBytes = (
  file: Pick<ExportFile, 'content' | 'encoding'>,
): Uint8Array<ArrayBuffer> =>
  file.encoding === 'BASE64'
    ? new Uint8Array(Buffer.from(file.content, 'base64'))
    : new TextEncoder().encode(file.content);
