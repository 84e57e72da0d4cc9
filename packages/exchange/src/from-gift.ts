import { digest } from '@attest/quiz';
import { type GIFTQuestion, SyntaxError as GiftSyntaxError, parse } from 'gift-pegjs';
import { giftBlocks } from './gift-blocks.ts';
import { draftFromGift, type QuestionDraft } from './gift-question.ts';
import type { ImportedQuestion, ImportReport } from './types.ts';

/**
 * Reads GIFT into quiz questions. A question's `::title::` is its id (then a Moodle `[id:]`
 * comment), so importing an updated export updates instead of duplicating; without either, the
 * id hashes the type, prompt and answer texts. Never throws: what cannot be imported is listed
 * in `skipped` with the reason (a syntax error with its line and column), lossy mappings in
 * `warnings`.
 */
export function fromGift(text: string): ImportReport {
  const report: ImportReport = { questions: [], skipped: [], warnings: [] };
  const seen = new Set<string>();
  let index = 0;
  for (const block of giftBlocks(text)) {
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(block.text);
    } catch (error) {
      index++;
      report.skipped.push({
        index,
        title: titleOf(block.text),
        ...syntaxProblem(error, block.line),
      });
      continue;
    }
    for (const item of parsed) {
      if (item.type === 'Category') continue;
      index++;
      const title = item.title?.trim() || null;
      const result = draftFromGift(item);
      if (!result.draft) {
        report.skipped.push({ index, line: block.line, title, reason: result.reason });
        continue;
      }
      const id = title ?? (item.id?.trim() || contentId(result.draft));
      if (seen.has(id)) {
        report.skipped.push({ index, line: block.line, title, reason: `duplicate id "${id}"` });
        continue;
      }
      seen.add(id);
      report.questions.push(withIds(id, result.draft));
      for (const message of result.warnings) report.warnings.push({ index, id, message });
    }
  }
  return report;
}

function syntaxProblem(error: unknown, blockLine: number) {
  if (error instanceof GiftSyntaxError) {
    const { line, column } = error.location.start;
    return {
      line: blockLine + line - 1,
      column,
      reason: `GIFT syntax error at line ${blockLine + line - 1}, column ${column}: ${error.message}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: blockLine, reason: `GIFT parser failed: ${message}` };
}

/** The title of a block the parser rejected, read loosely, so the report can name it. */
function titleOf(block: string): string | null {
  const match = /^\s*::((?:\\.|[^:\\]|:(?!:))*)::/m.exec(block);
  return match?.[1]?.replace(/\\(.)/g, '$1').trim() || null;
}

/** Without a title the content names the question; which answers are right is left out, so
 * fixing the right answer in the file still updates the same question. */
function contentId(draft: QuestionDraft): string {
  const answers =
    draft.type === 'FILL_IN' ? draft.acceptedAnswers : draft.options.map((o) => o.text);
  return `g${digest([draft.type, draft.prompt, ...[...answers].sort()].join('\n'))}`;
}

function withIds(id: string, draft: QuestionDraft): ImportedQuestion {
  const { options, feedback, ...rest } = draft;
  return {
    ...rest,
    id,
    options: options.map((o) => ({
      id: `o${digest(`${id}|${o.text}`).slice(-8)}`,
      text: o.text,
      correct: o.correct,
      ...(o.feedback ? { feedback: o.feedback } : {}),
    })),
    evidence: [],
    ...(feedback ? { feedback } : {}),
  };
}
