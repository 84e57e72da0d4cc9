import type { EvidenceQuote } from './quiz.ts';
import type { Feedback, Identity } from './rules.ts';

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
    feedback: Feedback;
    identity: Identity;
    roster: { name: string; studentId: string | null }[];
    joinCode: string | null;
    attemptsAllowed: number | null;
    timeLimitSeconds: number | null;
    acceptNearMisses: boolean;
    opensAt: string | null;
    closesAt: string | null;
  };
  questions: SetQuestion[];
}

export const SET_FIELDS = `id title description published shareSlug attemptCount
  settings { shuffleQuestions shuffleOptions drawCount feedback identity roster { name studentId }
    joinCode attemptsAllowed timeLimitSeconds acceptNearMisses opensAt closesAt }
  questions { id position type prompt options { id text correct } acceptedAnswers explanation
    status problems evidence { quote start end sourceTitle publisher source { id } } }`;

export const exportFormats = [
  { path: 'gift', format: 'GIFT', label: 'GIFT (Moodle text)' },
  { path: 'moodle-xml', format: 'MOODLE_XML', label: 'Moodle XML' },
  { path: 'kahoot-xlsx', format: 'KAHOOT_XLSX', label: 'Kahoot spreadsheet (.xlsx)' },
  { path: 'gradebook-csv', format: 'GRADEBOOK_CSV', label: 'Gradebook (CSV, one row per learner)' },
] as const;

/**
 * The notes of every export, fetched with the set: what each file leaves out and why. GIFT and
 * Moodle XML leave nothing out; they refuse a set with a broken question instead (the editor
 * names those questions).
 */
export const EXPORT_NOTES_FIELDS = `kahootNotes: export(format: KAHOOT_XLSX) { notes }
  gradebookNotes: export(format: GRADEBOOK_CSV) { notes }`;

export type ExportNotes = Partial<Record<(typeof exportFormats)[number]['format'], string[]>>;

export const exportNotesFrom = (node: {
  kahootNotes?: { notes: string[] } | null;
  gradebookNotes?: { notes: string[] } | null;
}): ExportNotes => ({
  KAHOOT_XLSX: node.kahootNotes?.notes ?? [],
  GRADEBOOK_CSV: node.gradebookNotes?.notes ?? [],
});
