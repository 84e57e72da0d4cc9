import type { EvidenceRef, Question, QuestionType } from '@attest/quiz';

/** Feedback shown after answering: for a right pick, and for a wrong one. */
export interface AnswerFeedback {
  right?: string;
  wrong?: string;
}

export interface ExportOption {
  id: string;
  text: string;
  correct: boolean;
  /** Shown when this option is picked; wins over the question's `feedback`. */
  feedback?: string;
}

/** What an export shows of a quote: enough to cite it, not to locate it. */
export type ExportEvidence = Pick<EvidenceRef, 'quote' | 'sourceTitle' | 'publisher'>;

/**
 * The part of a quiz `Question` that the formats carry. A generated `Question` is one as it is;
 * a stored question set only has to keep these fields to be exported later.
 */
export interface ExportQuestion
  extends Pick<
    Question,
    'id' | 'type' | 'prompt' | 'selectMany' | 'acceptedAnswers' | 'explanation'
  > {
  options: ExportOption[];
  evidence: ExportEvidence[];
  feedback?: AnswerFeedback;
}

export interface ExportSet {
  title: string;
  description?: string;
  questions: readonly ExportQuestion[];
}

/** A question read back from GIFT: exportable again, with the answer in words like the quiz's. */
export interface ImportedQuestion extends ExportQuestion {
  type: QuestionType;
  answer: string;
}

export interface ImportSkip {
  /** 1-based position of the question in the file (comment-only blocks and categories not counted). */
  index: number;
  /** Line of the file where the question starts, or where the syntax error is. */
  line: number;
  /** Only for syntax errors. */
  column?: number;
  title: string | null;
  reason: string;
}

/** Something imported but not exactly as written (e.g. partial credit flattened). */
export interface ImportWarning {
  index: number;
  id: string;
  message: string;
}

export interface ImportReport {
  questions: ImportedQuestion[];
  skipped: ImportSkip[];
  warnings: ImportWarning[];
}

export interface KahootSkip {
  id: string;
  prompt: string;
  reason: string;
}

/** A question exported to Kahoot that Kahoot will mark differently. */
export interface KahootChange {
  id: string;
  prompt: string;
  change: string;
}

export interface KahootExport {
  /** The `.xlsx` file. */
  xlsx: Uint8Array;
  /** Questions left out, each with every reason. */
  skipped: KahootSkip[];
  changed: KahootChange[];
  /** Parts of the questions the template has no place for (e.g. explanations). */
  omitted: string[];
}
