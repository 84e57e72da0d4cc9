import type { ExportOption, ExportQuestion } from './types.ts';

/** One line per distinct quote: the quiz lists a quote once per claim it supports. */
function evidenceLines(question: ExportQuestion): string[] {
  const lines = question.evidence.map((e) => {
    const source = e.publisher ? `${e.sourceTitle} (${e.publisher})` : e.sourceTitle;
    // Some quotes already open with quotation marks; doubling them reads badly.
    const quoted = /^[“"«]/.test(e.quote) ? e.quote : `“${e.quote}”`;
    return `${quoted} — ${source}`;
  });
  return [...new Set(lines)];
}

/**
 * The text shown after the question whatever was answered: the explanation, then the quotes
 * behind it with their source, so a learner can check the claim.
 */
export function generalFeedback(question: ExportQuestion): string {
  const evidence = evidenceLines(question);
  const parts = [question.explanation.trim()];
  if (evidence.length > 0) parts.push(['Evidence:', ...evidence].join('\n'));
  return parts.filter((p) => p !== '').join('\n\n');
}

/** The same, as paragraphs for formats that take HTML. */
export function generalFeedbackParts(question: ExportQuestion): {
  explanation: string;
  evidence: string[];
} {
  return { explanation: question.explanation.trim(), evidence: evidenceLines(question) };
}

export function optionFeedback(question: ExportQuestion, option: ExportOption): string {
  return (
    option.feedback ?? (option.correct ? question.feedback?.right : question.feedback?.wrong) ?? ''
  );
}
