/** The quiz as plain data: what generateQuestions returns and checkAnswer takes. */

export type QuestionType =
  | 'SINGLE_CHOICE'
  | 'MULTI_SELECT'
  | 'TRUE_FALSE'
  | 'WHO_SAID'
  | 'FILL_IN'
  | 'SOURCES_DISAGREE';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE_CHOICE',
  'MULTI_SELECT',
  'TRUE_FALSE',
  'WHO_SAID',
  'FILL_IN',
  'SOURCES_DISAGREE',
];

export interface QuestionOption {
  /** Derived from the question and the option's content, so it survives regeneration. */
  id: string;
  text: string;
  correct: boolean;
  /** The actor the option names, when it names one. */
  actorId: string | null;
  /** The source the option names (sources-disagree questions). */
  sourceId: string | null;
}

/** A verbatim quote behind a question, located in its source. */
export interface EvidenceRef {
  claimId: string;
  sourceId: string;
  sourceTitle: string;
  publisher: string | null;
  quote: string;
  /** Code point offsets into the source text; end exclusive. */
  start: number;
  end: number;
}

export type DifficultyLevel = 'EASY' | 'MEDIUM' | 'HARD';

/** The documented inputs of a difficulty estimate (see README). */
export interface DifficultySignals {
  /** Distinct sources behind the question's claims: widely reported facts are easier. */
  corroboration: number;
  /** Claims that mention the answer: prominent actors are easier to recall. */
  prominence: number;
  /** 0–1, how close the distractors are to the answer: same story, same description words. */
  distractorSimilarity: number;
  /** 0–1, how hard the format is in itself (true/false easiest, typed answers hardest). */
  format: number;
}

export interface Difficulty {
  /** 0 (easiest) to 1 (hardest). */
  score: number;
  level: DifficultyLevel;
  signals: DifficultySignals;
}

export interface Question {
  /** Stable: derived from type, template, claims and answer; the same for every seed. */
  id: string;
  type: QuestionType;
  /** Which wording produced it, e.g. "ask-subject" or "dispute-which-source". */
  template: string;
  prompt: string;
  /** Empty for fill-in questions. */
  options: QuestionOption[];
  /** More than one option may be right; scored with partial credit. */
  selectMany: boolean;
  /** Typed answers that count as right (fill-in only); compared after normalizeName. */
  acceptedAnswers: string[];
  /** The right answer in words, for people reading results. */
  answer: string;
  explanation: string;
  claimIds: string[];
  evidence: EvidenceRef[];
  /** The actors its claims are about (subject, object, speaker): what actorIds filters on. */
  actorIds: string[];
  difficulty: Difficulty;
}

/** What a learner may see before answering: no correct flags, answers or explanation. */
export interface LearnerQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: { id: string; text: string }[];
  selectMany: boolean;
  difficulty: DifficultyLevel;
}

/** Option ids for choice questions, typed text for fill-in. */
export type Answer = string | readonly string[];

/**
 * What marking needs of a question: a generated one, or one stored in a set (whose options keep
 * their `correct` flags). `selectMany`: several options may be right (partial credit).
 */
export interface Markable {
  type: QuestionType;
  selectMany: boolean;
  options: readonly { id: string; correct: boolean }[];
  acceptedAnswers: readonly string[];
}

/** How an answer was marked: the one result shape of every caller (quick quiz, sets, live play). */
export interface Marking {
  correct: boolean;
  /** 0–1; partial credit only for select-many questions (see README). */
  score: number;
  /**
   * A typed answer credited as a slip of this right answer, as written ("Jens Stoltenberg" for
   * "Stoltenburg"): shown so the learner sees the spelling. Null when the answer was exact or wrong.
   */
  almost: string | null;
  correctOptionIds: string[];
  acceptedAnswers: string[];
}

/** A marking with what the generated question tells about its answer. */
export interface AnswerResult extends Marking {
  answer: string;
  explanation: string;
  evidence: EvidenceRef[];
}

export type QuestionOrder = 'mixed' | 'difficulty';

export interface GenerateOptions {
  /** Drives distractor choice and every shuffle; the same seed gives the same quiz. */
  seed?: number | string;
  types?: readonly QuestionType[];
  /** Keep questions about any of these actors. */
  actorIds?: readonly string[];
  /** Keep questions with evidence from any of these sources. */
  sourceIds?: readonly string[];
  /** Keep questions built from any of these claims. */
  claimIds?: readonly string[];
  /** Keep questions built from claims of any of these predicates. */
  predicateIds?: readonly string[];
  /** At most this many questions. */
  count?: number;
  /** Sidebar stories (offTopic claims) are left out unless asked for. */
  includeOffTopic?: boolean;
  /** "mixed" (default): seed-shuffled with types interleaved; "difficulty": easiest first. */
  order?: QuestionOrder;
  /**
   * Ids of questions already asked (earlier quizzes of a class): dealt only after every unseen
   * question of any type, so consecutive quizzes repeat as little as the base allows.
   */
  seen?: readonly string[];
}
