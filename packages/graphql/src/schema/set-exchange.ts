import {
  type EXPORT_FORMATS,
  type ExportFile,
  exportQuestionSet,
  type GiftImportReport,
  importGift,
} from '@attest/classroom';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { QuestionSet } from './question-set.ts';

const ExportFormatEnum = builder.enumType('ExportFormat', {
  values: {
    GIFT: { description: "Moodle's GIFT text format." },
    MOODLE_XML: { description: 'Moodle XML.' },
    KAHOOT_XLSX: { description: "Kahoot's spreadsheet template (.xlsx, base64)." },
    GRADEBOOK_CSV: {
      description: 'The gradebook: one row per learner, one column per question, the total.',
    },
  } as const satisfies Record<(typeof EXPORT_FORMATS)[number], { description: string }>,
  description:
    "Moodle's GIFT and XML formats, Kahoot's spreadsheet template (.xlsx), and the gradebook (CSV: one row per learner, one column per question, the total).",
});

const ExportEncodingEnum = builder.enumType('ExportEncoding', {
  description: 'How ExportFile.content is written.',
  values: {
    UTF_8: { description: 'content is the text of the file.' },
    BASE64: { description: 'content is a binary file (a spreadsheet) in base64.' },
  },
});

const ExportFileRef = builder.objectRef<ExportFile>('ExportFile').implement({
  description: 'A set written as a file of another tool.',
  fields: (t) => ({
    format: t.expose('format', { type: ExportFormatEnum, description: 'Its format.' }),
    filename: t.exposeString('filename', { description: 'A file name to save it under.' }),
    mediaType: t.exposeString('mediaType', { description: 'Its media (MIME) type.' }),
    content: t.exposeString('content', { description: 'The file, written as `encoding` says.' }),
    encoding: t.expose('encoding', {
      type: ExportEncodingEnum,
      description: 'How content is written.',
    }),
    notes: t.exposeStringList('notes', {
      description:
        'What the file leaves out or changes, and why: questions that do not fit Kahoot, parts its template has no place for. Empty when nothing.',
    }),
  }),
});

const ImportSkip = builder.objectRef<GiftImportReport['skipped'][number]>('ImportSkip').implement({
  description: 'A GIFT question that was not imported.',
  fields: (t) => ({
    title: t.exposeString('title', {
      nullable: true,
      description: 'Its GIFT title; null when it had none.',
    }),
    reason: t.exposeString('reason', { description: 'Why it was skipped.' }),
  }),
});

const GiftImportReportRef = builder
  .objectRef<GiftImportReport & { setId: string }>('GiftImportReport')
  .implement({
    description: 'What a GIFT import did.',
    fields: (t) => ({
      set: t.prismaField({
        type: 'QuestionSet',
        description: 'The set, as it is now.',
        resolve: (query, report, _args, ctx) =>
          ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: report.setId } }),
      }),
      imported: t.exposeInt('imported', { description: 'Questions added.' }),
      updated: t.exposeInt('updated', {
        description: 'Questions whose GIFT title matched a stable ID in the set.',
      }),
      skipped: t.expose('skipped', {
        type: [ImportSkip],
        description: 'Questions not imported, with why.',
      }),
      warnings: t.exposeStringList('warnings', {
        description: 'What was imported but changed or ignored on the way ("Question 3 (…): …").',
      }),
    }),
  });

builder.objectField(QuestionSet, 'export', (t) =>
  t.field({
    type: ExportFileRef,
    description:
      'The set as a file. Also downloadable: GET /export/<set ID>/<gift|moodle-xml|kahoot-xlsx|gradebook-csv>. Errors: INVALID_QUESTION_SET (MOODLE_XML: a question Moodle cannot take, named).',
    args: {
      format: t.arg({ type: ExportFormatEnum, required: true, description: 'The file format.' }),
    },
    resolve: (set, { format }, ctx) => exportQuestionSet(ctx.prisma, viewerId(ctx), set.id, format),
  }),
);

builder.mutationField('importGift', (t) =>
  t.field({
    type: GiftImportReportRef,
    authScopes: { signedIn: true },
    description:
      'Reads GIFT into the set: a question titled with a stable ID in the set updates it, others are added. Skipped questions are listed with the reason. Errors: UNAUTHENTICATED; NOT_FOUND (the viewer owns no set with this ID); BAD_USER_INPUT (empty, or over 200,000 characters).',
    args: {
      setId: t.arg.globalID({ for: QuestionSet, required: true, description: 'The set.' }),
      gift: t.arg.string({
        required: true,
        description: 'The GIFT text: up to 200,000 characters.',
      }),
    },
    resolve: async (_root, { setId, gift }, ctx) => ({
      ...(await importGift(ctx.prisma, viewerId(ctx), setId.id, gift)),
      setId: setId.id,
    }),
  }),
);
