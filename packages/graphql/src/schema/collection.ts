import {
  addCurator,
  addSource,
  createCollection,
  deleteCollection,
  removeCurator,
  updateCollection,
} from '@attest/collections';
import { AttestError } from '@attest/errors';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import {
  assertCanEdit,
  collectionScope,
  EDITORS_SELECT,
  mayEdit,
  readableCollectionIds,
} from '../collections/access.ts';
import { COLLECTION_ARG } from '../collections/scope-args.ts';
import { CollectionVisibilityEnum, SourceGenreEnum } from './enums.ts';

export const Collection = builder.prismaNode('Collection', {
  id: { field: 'id' },
  description:
    'A knowledge base of its own: sources, actors, claims and their disputes, kept by its owner and curators. A private one is invisible to everyone else.',
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'Unique name for addresses: 1 to 60 lower-case letters, digits and hyphens.',
    }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: "What it holds, in its owner's words; null if none.",
    }),
    visibility: t.expose('visibility', {
      type: CollectionVisibilityEnum,
      description: 'Who can read it.',
    }),
    ownerName: t.string({
      nullable: true,
      description: "The owner's name; null for the curated corpus, which nobody owns.",
      select: { owner: { select: { name: true } } },
      resolve: (c) => c.owner?.name ?? null,
    }),
    viewerIsOwner: t.boolean({
      description:
        'Whether the viewer owns it (renames it, changes who sees it, manages curators).',
      select: { ownerId: true },
      resolve: (c, _args, ctx) => ctx.viewer !== null && c.ownerId === ctx.viewer.id,
    }),
    viewerCanEdit: t.boolean({
      description: 'Whether the viewer owns or curates it, and so may change it.',
      select: EDITORS_SELECT,
      resolve: (c, _args, ctx) => mayEdit(c, ctx.viewer),
    }),
    curators: t.stringList({
      nullable: true,
      description: "The curators' email addresses; only the owner and curators see them.",
      select: EDITORS_SELECT,
      resolve: (c, _args, ctx) =>
        mayEdit(c, ctx.viewer) ? c.curators.map((x) => x.email).sort() : null,
    }),
    sourceCount: t.relationCount('sources', { description: 'How many sources it holds.' }),
    actorCount: t.relationCount('actors', { description: 'How many actors it holds.' }),
    claimCount: t.relationCount('claims', { description: 'How many claims it holds.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When its name, description or visibility last changed.',
    }),
  }),
});

/** The optional `collection` argument of every knowledge read (see scope-args.ts). */
export const collectionScopeArgs = builder.args((t) => ({
  collection: t.globalID({ for: Collection, required: false, description: COLLECTION_ARG }),
}));

/** What adding and removing a curator both name. */
const curatorArgs = builder.args((t) => ({
  collection: t.globalID({ for: Collection, required: true, description: 'The collection.' }),
  email: t.string({
    required: true,
    description: "The curator's email address (up to 254 characters, any case).",
  }),
}));

builder.queryFields((t) => ({
  collections: t.prismaConnection(
    {
      type: Collection,
      cursor: 'id',
      description: 'The collections the viewer may read: every public one, and their own.',
      totalCount: async (_root, _args, ctx) => (await readableCollectionIds(ctx)).length,
      resolve: async (query, _root, _args, ctx) =>
        ctx.prisma.collection.findMany({
          ...query,
          where: { id: { in: await readableCollectionIds(ctx) } },
          orderBy: { id: 'asc' },
        }),
    },
    { description: 'A page of collections.' },
    { description: 'One collection of the page, with its cursor.' },
  ),
  collection: t.prismaField({
    type: Collection,
    description: 'A collection by its slug (NOT_FOUND when there is none the viewer may read).',
    args: { slug: t.arg.string({ required: true, description: "The collection's slug." }) },
    resolve: async (query, _root, { slug }, ctx) => {
      const found = await ctx.prisma.collection.findFirst({
        ...query,
        where: { slug, id: { in: await readableCollectionIds(ctx) } },
      });
      if (!found) throw new AttestError('NOT_FOUND', `No collection has the slug "${slug}".`);
      return found;
    },
  }),
}));

const CreateCollectionInput = builder.inputType('CreateCollectionInput', {
  description: 'A new collection. Bad values are BAD_USER_INPUT; a taken slug is CONFLICT.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name: 1 to 120 characters.' }),
    slug: t.string({
      description:
        'Unique name for addresses: 1 to 60 lower-case letters, digits and hyphens; made from the name when not given.',
    }),
    description: t.string({
      description: 'What it holds: up to 2,000 characters.',
    }),
    visibility: t.field({ type: CollectionVisibilityEnum, description: 'PRIVATE unless given.' }),
  }),
});

const UpdateCollectionInput = builder.inputType('UpdateCollectionInput', {
  description: 'Changes to a collection: fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: 'A new name: 1 to 120 characters.' }),
    description: t.string({
      description: 'A new description: up to 2,000 characters.',
    }),
    visibility: t.field({ type: CollectionVisibilityEnum, description: 'Who can read it.' }),
  }),
});

const SourceFormatEnum = builder.enumType('SourceFormat', {
  description: 'How an added text is written.',
  values: {
    TEXT: { description: 'Plain text, kept as it is.' },
    MARKDOWN: { description: 'Markdown, kept as it is.' },
    HTML: { description: "A web page: reduced to its article's text (Readability)." },
  } as const,
});

const AddSourceInput = builder.inputType('AddSourceInput', {
  description: 'An article to add to a collection.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description: 'The article: pasted text, or a file read as UTF-8.',
    }),
    format: t.field({ type: SourceFormatEnum, description: 'TEXT unless given.' }),
    title: t.string({ description: 'The first line of the text when not given.' }),
    publisher: t.string({ description: 'Who published it: up to 200 characters.' }),
    published: t.string({ description: 'A year, month or day: "2024", "2024-07", "2024-07-11".' }),
    url: t.string({ description: 'Where the article was published; stored, never fetched.' }),
    genre: t.field({ type: SourceGenreEnum, description: 'NEWS unless given.' }),
  }),
});

// A collection a mutation names must be one the viewer may read: otherwise NOT_FOUND, as unknown.
const readableId = async (ctx: Parameters<typeof collectionScope>[0], id: string) => {
  await collectionScope(ctx, id);
  return id;
};

builder.mutationFields((t) => ({
  createCollection: t.prismaField({
    type: Collection,
    authScopes: { signedIn: true },
    description:
      'A new collection, owned by the viewer; private unless asked otherwise. Errors: UNAUTHENTICATED, BAD_USER_INPUT, CONFLICT (slug taken).',
    args: {
      input: t.arg({ type: CreateCollectionInput, required: true, description: 'The collection.' }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await createCollection(ctx.prisma, viewerId(ctx), input);
      return ctx.prisma.collection.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateCollection: t.prismaField({
    type: Collection,
    authScopes: { signedIn: true },
    description:
      'Renames, describes or changes the visibility of a collection (its owner only). Errors: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
    args: {
      id: t.arg.globalID({ for: Collection, required: true, description: 'The collection.' }),
      input: t.arg({ type: UpdateCollectionInput, required: true, description: 'What to change.' }),
    },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateCollection(ctx.prisma, viewerId(ctx), await readableId(ctx, id.id), input);
      return ctx.prisma.collection.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  deleteCollection: t.boolean({
    authScopes: { signedIn: true },
    description:
      'Deletes a collection and everything in it (its owner only); true when done. Errors: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN.',
    args: {
      id: t.arg.globalID({ for: Collection, required: true, description: 'The collection.' }),
    },
    resolve: async (_root, { id }, ctx) => {
      await deleteCollection(ctx.prisma, viewerId(ctx), await readableId(ctx, id.id));
      return true;
    },
  }),
  addCurator: t.prismaField({
    type: Collection,
    authScopes: { signedIn: true },
    description:
      'Lets whoever signs in with this email change the collection (its owner only). Errors: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (not an email).',
    args: curatorArgs,
    resolve: async (query, _root, { collection, email }, ctx) => {
      await addCurator(ctx.prisma, viewerId(ctx), await readableId(ctx, collection.id), email);
      return ctx.prisma.collection.findUniqueOrThrow({ ...query, where: { id: collection.id } });
    },
  }),
  removeCurator: t.prismaField({
    type: Collection,
    authScopes: { signedIn: true },
    description:
      "Takes a curator's rights away (the owner only). Errors: UNAUTHENTICATED, NOT_FOUND (also when not a curator), FORBIDDEN.",
    args: curatorArgs,
    resolve: async (query, _root, { collection, email }, ctx) => {
      await removeCurator(ctx.prisma, viewerId(ctx), await readableId(ctx, collection.id), email);
      return ctx.prisma.collection.findUniqueOrThrow({ ...query, where: { id: collection.id } });
    },
  }),
  addSource: t.prismaField({
    type: 'Source',
    authScopes: { signedIn: true },
    description:
      'Adds an article to a collection (its owner and curators), kept byte for byte with its SHA-256. Refused with nothing written: empty, over 200,000 characters, binary or not UTF-8, an HTML page with no article, or a text the collection already holds (CONFLICT, naming it). Also UNAUTHENTICATED, NOT_FOUND, FORBIDDEN.',
    args: {
      collection: t.arg.globalID({
        for: Collection,
        required: true,
        description: 'The collection.',
      }),
      input: t.arg({ type: AddSourceInput, required: true, description: 'The article.' }),
    },
    resolve: async (query, _root, { collection, input }, ctx) => {
      await assertCanEdit(ctx, collection.id);
      const source = await addSource(ctx.prisma, collection.id, input);
      return ctx.prisma.source.findUniqueOrThrow({ ...query, where: { id: source.id } });
    },
  }),
}));
