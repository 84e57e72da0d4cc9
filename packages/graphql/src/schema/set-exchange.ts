import {
  EXPORT_FORMATS,
  type ExportFile,
  exportQuestionSet,
  type GiftImportReport,
  importGift,
} from '@attest/classroom';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { QuestionSet } from './question-set.ts';

const ExportFormatEnum = builder.enumType('ExportFormat', {
  values: EXPORT_FORMATS,
  description:
    "Moodle's GIFT and XML formats, Kahoot's spreadsheet template (.xlsx), and the gradebook (CSV: one row per learner, one column per question, the total).",
});

const ExportEncodingEnum = builder.enumType('ExportEncoding', {
  values: {
    UTF_8: { description: 'content is the text of the file.' },
    BASE64: { description: 'content is a binary file (a spreadsheet) in base64.' },
  },
});

const ExportFileRef = builder.objectRef<ExportFile>('ExportFile').implement({
  fields: (t) => ({
    format: t.expose('format', { type: ExportFormatEnum }),
    filename: t.exposeString('filename'),
    mediaType: t.exposeString('mediaType'),
    content: t.exposeString('content', { description: 'The file, written as `encoding` says.' }),
    encoding: t.expose('encoding', { type: ExportEncodingEnum }),
    notes: t.exposeStringList('notes', {
      description:
        'What the file leaves out or changes, and why: questions that do not fit Kahoot, parts its template has no place for. Empty when nothing.',
    }),
  }),
});

const ImportSkip = builder.objectRef<GiftImportReport['skipped'][number]>('ImportSkip').implement({
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    reason: t.exposeString('reason'),
  }),
});

const GiftImportReportRef = builder
  .objectRef<GiftImportReport & { setId: string }>('GiftImportReport')
  .implement({
    fields: (t) => ({
      set: t.prismaField({
        type: 'QuestionSet',
        resolve: (query, report, _args, ctx) =>
          ctx.prisma.questionSet.findUniqueOrThrow({ ...query, where: { id: report.setId } }),
      }),
      imported: t.exposeInt('imported', { description: 'Questions added.' }),
      updated: t.exposeInt('updated', {
        description: 'Questions whose GIFT title matched a stable ID in the set.',
      }),
      skipped: t.expose('skipped', { type: [ImportSkip] }),
      warnings: t.exposeStringList('warnings'),
    }),
  });

builder.objectField(QuestionSet, 'export', (t) =>
  t.field({
    type: ExportFileRef,
    description:
      'The set as a file. Also downloadable: GET /export/<set ID>/<gift|moodle-xml|kahoot-xlsx|gradebook-csv>.',
    args: { format: t.arg({ type: ExportFormatEnum, required: true }) },
    resolve: (set, { format }, ctx) => exportQuestionSet(ctx.prisma, viewerId(ctx), set.id, format),
  }),
);

builder.mutationField('importGift', (t) =>
  t.field({
    type: GiftImportReportRef,
    authScopes: { signedIn: true },
    description:
      'Reads GIFT into the set: a question titled with a stable ID in the set updates it, others are added. Skipped questions are listed with the reason.',
    args: {
      setId: t.arg.globalID({ for: QuestionSet, required: true }),
      gift: t.arg.string({ required: true }),
    },
    resolve: async (_root, { setId, gift }, ctx) => ({
      ...(await importGift(ctx.prisma, viewerId(ctx), setId.id, gift)),
      setId: setId.id,
    }),
  }),
);
