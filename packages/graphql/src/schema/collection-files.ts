import { importKnowledge } from '@attest/collections';
import { readKnowledgeBase } from '@attest/db';
import { AttestError } from '@attest/errors';
import {
  buildKnowledgeBase,
  KnowledgeBaseError,
  type KnowledgeFile,
  knowledgeFilesFromMap,
  knowledgeFilesOf,
} from '@attest/knowledge';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { assertCanEdit } from '../collections/access.ts';

import { Collection } from './collection.ts';

const KnowledgeFileRef = builder.objectRef<KnowledgeFile>('KnowledgeFile').implement({
  description:
    'One file of a knowledge base in the curated files format (prisma/data): a path in the folder and its text.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'e.g. "sources.yaml", "corpus/<file>.txt".' }),
    content: t.exposeString('content', { description: "The file's text (UTF-8)." }),
  }),
});

const KnowledgeFileInput = builder.inputType('KnowledgeFileInput', {
  description: 'One file of a knowledge base to import, as KnowledgeFile gives it.',
  fields: (t) => ({
    path: t.string({
      required: true,
      description: 'Its path in the folder, e.g. "sources.yaml", "corpus/<file>.txt".',
    }),
    content: t.string({
      required: true,
      description: 'Its text (up to 2,000,000 characters, as the request body allows).',
    }),
  }),
});

const ImportResult = builder
  .objectRef<{ sources: number; actors: number; claims: number; disputes: number }>(
    'KnowledgeImport',
  )
  .implement({
    description: 'How much an import added.',
    fields: (t) => ({
      sources: t.exposeInt('sources', { description: 'Sources added.' }),
      actors: t.exposeInt('actors', { description: 'Actors added.' }),
      claims: t.exposeInt('claims', { description: 'Claims added.' }),
      disputes: t.exposeInt('disputes', { description: 'Disputes added.' }),
    }),
  });

builder.prismaObjectField(Collection, 'files', (t) =>
  t.field({
    type: [KnowledgeFileRef],
    description:
      'The collection as files of the curated format (sources with their texts, actors, claims, disputes and the predicate vocabulary): what importKnowledge reads back.',
    resolve: async (collection, _args, ctx) =>
      knowledgeFilesOf(await readKnowledgeBase(ctx.prisma, collection.id)),
  }),
);

builder.mutationFields((t) => ({
  importKnowledge: t.field({
    type: ImportResult,
    authScopes: { signedIn: true },
    description:
      "Adds a knowledge base in the curated files format (as Collection.files gives) to a collection, all or nothing: every quote is checked verbatim, every reference resolved. New keys are given; predicates must be Attest's. Errors: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (with `problems`: what is wrong where; also unknown predicates), CONFLICT (a source the collection already holds).",
    args: {
      collection: t.arg.globalID({
        for: Collection,
        required: true,
        description: 'The collection to add to (its owner and curators).',
      }),
      files: t.arg({
        type: [KnowledgeFileInput],
        required: true,
        description: 'The files: up to 1,000.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      await assertCanEdit(ctx, args.collection.id);
      let kb: ReturnType<typeof buildKnowledgeBase>;
      try {
        kb = buildKnowledgeBase(
          knowledgeFilesFromMap(new Map(args.files.map((f) => [f.path, f.content]))),
        );
      } catch (error) {
        if (!(error instanceof KnowledgeBaseError)) throw error;
        throw new AttestError(
          'BAD_USER_INPUT',
          `These files are not a valid knowledge base. ${error.message}`,
          {
            problems: error.problems,
          },
        );
      }
      return importKnowledge(ctx.prisma, viewerId(ctx), args.collection.id, kb);
    },
  }),
}));
