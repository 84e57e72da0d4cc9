import { graphql, type ResultOf } from './graphql.ts';
import { EvidenceFields } from './quiz.ts';

/** An instructor's set as the editor shows it: settings, and each question with its answers. */
export const SetFields = graphql(
  `
  fragment SetFields on QuestionSet {
    id title @_required description @_required published @_required shareSlug
    attemptCount @_required
    settings @_required {
      shuffleQuestions @_required shuffleOptions @_required drawCount feedback @_required
      identity @_required roster @_required { name @_required studentId } joinCode
      attemptsAllowed timeLimitSeconds acceptNearMisses @_required opensAt closesAt
    }
    questions @_required {
      id @_required position @_required type @_required prompt @_required
      options @_required { id @_required text @_required correct @_required }
      acceptedAnswers @_required explanation @_required status @_required problems @_required
      evidence @_required { ...EvidenceFields }
    }
  }
`,
  [EvidenceFields],
);

export type QuestionSet = ResultOf<typeof SetFields>;
export type SetQuestion = QuestionSet['questions'][number];

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
export const ExportNotesFields = graphql(`
  fragment ExportNotesFields on QuestionSet {
    kahootNotes: export(format: KAHOOT_XLSX) { notes }
    gradebookNotes: export(format: GRADEBOOK_CSV) { notes }
  }
`);

export type ExportNotes = Partial<Record<(typeof exportFormats)[number]['format'], string[]>>;

export const exportNotesFrom = (node: ResultOf<typeof ExportNotesFields>): ExportNotes => ({
  KAHOOT_XLSX: node.kahootNotes?.notes ?? [],
  GRADEBOOK_CSV: node.gradebookNotes?.notes ?? [],
});
