import type { EvidenceQuote } from './quiz.ts';

export interface SetQuestion {
  id: string;
  position: number;
  type: string;
  prompt: string;
  options: { id: string; text: string; correct: boolean }[];
  acceptedAnswers: string[];
  explanation: string;
  status: string;
  problems: string[];
  evidence: EvidenceQuote[];
}

export interface QuestionSet {
  id: string;
  title: string;
  description: string;
  published: boolean;
  shareSlug: string | null;
  attemptCount: number;
  settings: {
    shuffleQuestions: boolean;
    shuffleOptions: boolean;
    drawCount: number | null;
    feedback: 'AFTER_EACH_QUESTION' | 'AT_END';
  };
  questions: SetQuestion[];
}

export const SET_FIELDS = `id title description published shareSlug attemptCount
  settings { shuffleQuestions shuffleOptions drawCount feedback }
  questions { id position type prompt options { id text correct } acceptedAnswers explanation
    status problems evidence { quote start end sourceTitle publisher source { id } } }`;

export const exportFormats = [
  { path: 'gift', label: 'GIFT (Moodle text)' },
  { path: 'moodle-xml', label: 'Moodle XML' },
  { path: 'kahoot-csv', label: 'Kahoot CSV' },
];
