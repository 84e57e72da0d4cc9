import {
  addEvidence,
  createActor,
  createClaim,
  createDispute,
  deleteActor,
  deleteClaim,
  deleteDispute,
  draftDecisions,
  mergeActors,
  revertChange,
  saveDraftDecision,
  updateActor,
  updateClaim,
} from '@attest/collections';
import { builder } from '../builder.ts';
import { viewerId } from '../classroom/viewer-id.ts';
import { assertCanEdit, EDITORS_SELECT, mayEdit } from '../collections/access.ts';
import { Actor } from './actor.ts';
import { Claim } from './claim.ts';
import { Collection } from './collection.ts';
import { CollectionChange } from './collection-change.ts';
import { Dispute } from './dispute.ts';
import { ActorKindEnum, AliasKindEnum, DisputeAspectEnum, ModalityEnum } from './enums.ts';
import { Source } from './source.ts';

const AliasInput = builder.inputType('AliasInput', {
  description: 'Another name for an actor.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The name: 1 to 200 characters.' }),
    kind: t.field({ type: AliasKindEnum, description: 'NAME unless given.' }),
  }),
});

const ActorInput = builder.inputType('ActorInput', {
  description: 'A new actor. Bad values are BAD_USER_INPUT, naming the field.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its usual name: 1 to 200 characters.' }),
    kind: t.field({
      type: ActorKindEnum,
      required: true,
      description: 'What kind of actor it is.',
    }),
    description: t.string({
      description: 'A short role, e.g. "Swedish Foreign Minister": up to 1,000 characters.',
    }),
    aliases: t.field({ type: [AliasInput], description: 'Its other names: up to 50.' }),
  }),
});

const ActorUpdateInput = builder.inputType('ActorUpdateInput', {
  description: 'Changes to an actor: fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: 'A new name: 1 to 200 characters.' }),
    kind: t.field({ type: ActorKindEnum, description: 'A new kind.' }),
    description: t.string({ description: 'A new short role: up to 1,000 characters.' }),
    aliases: t.field({
      type: [AliasInput],
      description: 'Added to the aliases it has (at most 50 in all).',
    }),
  }),
});

const PassageInput = builder.inputType('PassageInput', {
  description: 'A passage of a source: code point offsets, end exclusive (as Evidence).',
  fields: (t) => ({
    source: t.globalID({
      for: Source,
      required: true,
      description: 'A source of the same collection.',
    }),
    start: t.int({ required: true, description: 'Code point offset into its text, inclusive.' }),
    end: t.int({ required: true, description: 'Code point offset into its text, exclusive.' }),
  }),
});

const ClaimInput = builder.inputType('ClaimInput', {
  description:
    "A claim of the collection: subject and object from the collection's actors, a predicate from the vocabulary, and the passages that back it (the quote is taken verbatim from the text there).",
  fields: (t) => ({
    subject: t.globalID({ for: Actor, required: true, description: 'Who or what it is about.' }),
    predicate: t.string({ required: true, description: 'A predicate key, e.g. "member_of".' }),
    object: t.globalID({
      for: Actor,
      description: 'The actor it points at, for predicates that take an actor.',
    }),
    value: t.string({
      description: 'A literal object, for predicates that take a value: up to 500 characters.',
    }),
    statement: t.string({
      description: "One sentence, up to 500 characters; the predicate's wording when not given.",
    }),
    modality: t.field({ type: ModalityEnum, description: 'FACT unless given.' }),
    speaker: t.globalID({ for: Actor, description: 'Whose words or view it is.' }),
    time: t.string({ description: 'When it happened or holds: "2024", "2024-07", "2024-07-11".' }),
    background: t.boolean({
      description:
        'Common background the text restates (who leads a country): kept and searchable, never asked in quizzes. False unless given.',
    }),
    evidence: t.field({
      type: [PassageInput],
      required: true,
      description: 'The passages that back it: 1 to 20.',
    }),
  }),
});

builder.prismaObjectField(Claim, 'background', (t) =>
  t.exposeBoolean('background', {
    description: 'Common background the text restates: never asked in quizzes.',
  }),
);

type DraftDecisionRow = { key: string; dismissed: boolean; edits: unknown; updatedAt: Date };
const DraftDecision = builder.objectRef<DraftDecisionRow>('DraftDecision').implement({
  description:
    "A curator's decision on one draft of a source, kept so the review survives a reload.",
  fields: (t) => ({
    key: t.exposeString('key', { description: "The review's name for the draft." }),
    dismissed: t.exposeBoolean('dismissed', { description: 'Whether the draft was set aside.' }),
    edits: t.string({
      nullable: true,
      description: 'The edits made to the draft before accepting it, as JSON text.',
      resolve: (d) => (d.edits === null ? null : JSON.stringify(d.edits)),
    }),
    updatedAt: t.string({
      description: 'When it was last saved, as an ISO 8601 string in UTC.',
      resolve: (d) => d.updatedAt.toISOString(),
    }),
  }),
});

type ClaimArgs = {
  subject: { id: string };
  predicate: string;
  object?: { id: string } | null;
  value?: string | null;
  statement?: string | null;
  modality?: string | null;
  speaker?: { id: string } | null;
  time?: string | null;
  background?: boolean | null;
  evidence: { source: { id: string }; start: number; end: number }[];
};
const claimInput = (c: ClaimArgs) => ({
  subjectId: c.subject.id,
  predicateId: c.predicate,
  objectId: c.object?.id ?? null,
  value: c.value ?? null,
  statement: c.statement ?? null,
  modality: (c.modality ?? null) as never,
  speakerId: c.speaker?.id ?? null,
  time: c.time ?? null,
  background: c.background ?? null,
  evidence: c.evidence.map((e) => ({ sourceId: e.source.id, start: e.start, end: e.end })),
});

builder.mutationFields((t) => {
  const collection = () =>
    t.arg.globalID({
      for: Collection,
      required: true,
      description: 'The collection (its owner and curators may change it).',
    });
  return {
    createActor: t.prismaField({
      type: Actor,
      authScopes: { signedIn: true },
      description:
        'A new actor of the collection (its owner and curators). Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT.',
      args: {
        collection: collection(),
        input: t.arg({ type: ActorInput, required: true, description: 'The actor.' }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        const actor = await createActor(ctx.prisma, viewerId(ctx), args.collection.id, {
          ...args.input,
          aliases: args.input.aliases ?? null,
        });
        return ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id: actor.id } });
      },
    }),
    updateActor: t.prismaField({
      type: Actor,
      authScopes: { signedIn: true },
      description:
        'Renames or re-describes an actor; given aliases are added. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the actor not in it); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT.',
      args: {
        collection: collection(),
        id: t.arg.globalID({ for: Actor, required: true, description: 'The actor.' }),
        input: t.arg({ type: ActorUpdateInput, required: true, description: 'What to change.' }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        await updateActor(ctx.prisma, viewerId(ctx), args.collection.id, args.id.id, {
          name: args.input.name ?? undefined,
          kind: args.input.kind ?? undefined,
          description: args.input.description,
          aliases: args.input.aliases ?? null,
        });
        return ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
      },
    }),
    mergeActors: t.prismaField({
      type: Actor,
      authScopes: { signedIn: true },
      description:
        'Folds a duplicate into the actor kept: its claims, relations and aliases move over and its name becomes an alias. Revertible. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the actors not in it); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT (an actor into itself).',
      args: {
        collection: collection(),
        keep: t.arg.globalID({ for: Actor, required: true, description: 'The actor kept.' }),
        merge: t.arg.globalID({
          for: Actor,
          required: true,
          description: 'The duplicate, folded into `keep` and removed.',
        }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        await mergeActors(
          ctx.prisma,
          viewerId(ctx),
          args.collection.id,
          args.keep.id,
          args.merge.id,
        );
        return ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id: args.keep.id } });
      },
    }),
    deleteActor: t.boolean({
      authScopes: { signedIn: true },
      description:
        'Removes an actor that no claim names; true when done. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the actor not in it); FORBIDDEN (not its owner or a curator); CONFLICT (claims name it).',
      args: {
        collection: collection(),
        id: t.arg.globalID({ for: Actor, required: true, description: 'The actor.' }),
      },
      resolve: async (_root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        await deleteActor(ctx.prisma, viewerId(ctx), args.collection.id, args.id.id);
        return true;
      },
    }),
    createClaim: t.prismaField({
      type: Claim,
      authScopes: { signedIn: true },
      description:
        'A claim of the collection, backed by passages of its sources; searchable and quizzable at once. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT (naming what is wrong: unknown predicate, an actor or source of another collection, a passage outside its text…).',
      args: {
        collection: collection(),
        input: t.arg({ type: ClaimInput, required: true, description: 'The claim.' }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        const claim = await createClaim(
          ctx.prisma,
          viewerId(ctx),
          args.collection.id,
          claimInput(args.input),
        );
        return ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id: claim.id } });
      },
    }),
    updateClaim: t.prismaField({
      type: Claim,
      authScopes: { signedIn: true },
      description:
        'Rewrites a claim: all its fields and evidence, as for a new one. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the claim not in it); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT, as createClaim.',
      args: {
        collection: collection(),
        id: t.arg.globalID({ for: Claim, required: true, description: 'The claim.' }),
        input: t.arg({
          type: ClaimInput,
          required: true,
          description: 'The claim as it should now be.',
        }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        await updateClaim(
          ctx.prisma,
          viewerId(ctx),
          args.collection.id,
          args.id.id,
          claimInput(args.input),
        );
        return ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
      },
    }),
    addEvidence: t.prismaField({
      type: Claim,
      authScopes: { signedIn: true },
      description:
        'Adds passages to a claim of the collection (accepting a suggested corroboration: another text says the same). Revertible. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the claim not in it); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT (a bad passage); CONFLICT (a passage it has already).',
      args: {
        collection: collection(),
        claim: t.arg.globalID({ for: Claim, required: true, description: 'The claim.' }),
        evidence: t.arg({
          type: [PassageInput],
          required: true,
          description: 'The passages to add (at most 20 pieces of evidence in all).',
        }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        await addEvidence(
          ctx.prisma,
          viewerId(ctx),
          args.collection.id,
          args.claim.id,
          args.evidence.map((e) => ({ sourceId: e.source.id, start: e.start, end: e.end })),
        );
        return ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id: args.claim.id } });
      },
    }),
    saveDraftDecision: t.field({
      type: DraftDecision,
      authScopes: { signedIn: true },
      description:
        "Keeps a curator's decision on one draft of a source (dismissed, or edited before accepting), replacing an earlier one for the same key. Changes nothing in the collection. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the source not in it); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT (edits not a JSON object).",
      args: {
        collection: collection(),
        source: t.arg.globalID({
          for: Source,
          required: true,
          description: 'The source the draft was drafted from.',
        }),
        key: t.arg.string({
          required: true,
          description: "The review's name for the draft: 1 to 300 characters.",
        }),
        dismissed: t.arg.boolean({
          required: true,
          description: 'Whether the draft is set aside.',
        }),
        edits: t.arg.string({
          description: 'A JSON object, up to 5,000 characters; null clears earlier edits.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        return saveDraftDecision(ctx.prisma, args.collection.id, {
          sourceId: args.source.id,
          key: args.key,
          dismissed: args.dismissed,
          edits: args.edits,
        });
      },
    }),
    deleteClaim: t.boolean({
      authScopes: { signedIn: true },
      description:
        'Removes a claim (its evidence and disputes go with it); true when done. Revertible. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the claim not in it); FORBIDDEN (not its owner or a curator).',
      args: {
        collection: collection(),
        id: t.arg.globalID({ for: Claim, required: true, description: 'The claim.' }),
      },
      resolve: async (_root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        await deleteClaim(ctx.prisma, viewerId(ctx), args.collection.id, args.id.id);
        return true;
      },
    }),
    createDispute: t.prismaField({
      type: Dispute,
      authScopes: { signedIn: true },
      description:
        'Records that two claims of the collection cannot both be right as stated (accepting a suggested dispute). Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable); FORBIDDEN (not its owner or a curator); BAD_USER_INPUT (a claim against itself, or of another collection); CONFLICT (disputed already).',
      args: {
        collection: collection(),
        first: t.arg.globalID({ for: Claim, required: true, description: 'One claim.' }),
        second: t.arg.globalID({ for: Claim, required: true, description: 'The other claim.' }),
        aspect: t.arg({ type: DisputeAspectEnum, required: true, description: 'What conflicts.' }),
        description: t.arg.string({
          required: true,
          description: 'What conflicts, in words: 1 to 500 characters.',
        }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        const dispute = await createDispute(ctx.prisma, viewerId(ctx), args.collection.id, {
          firstId: args.first.id,
          secondId: args.second.id,
          aspect: args.aspect,
          description: args.description,
        });
        return ctx.prisma.dispute.findUniqueOrThrow({ ...query, where: { id: dispute.id } });
      },
    }),
    deleteDispute: t.boolean({
      authScopes: { signedIn: true },
      description:
        'Removes a recorded dispute; true when done. Revertible. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the dispute not in it); FORBIDDEN (not its owner or a curator).',
      args: {
        collection: collection(),
        id: t.arg.globalID({ for: Dispute, required: true, description: 'The dispute.' }),
      },
      resolve: async (_root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        await deleteDispute(ctx.prisma, viewerId(ctx), args.collection.id, args.id.id);
        return true;
      },
    }),
    revertChange: t.prismaField({
      type: CollectionChange,
      authScopes: { signedIn: true },
      description:
        "Undoes a change of the collection's history (refused while a later change to the same thing stands). Returns the revert, itself a change. Errors: UNAUTHENTICATED; NOT_FOUND (collection unreadable, or the change not in it); FORBIDDEN (not its owner or a curator); CONFLICT (reverted already, a later change stands, or what it needs is gone).",
      args: {
        collection: collection(),
        change: t.arg.globalID({
          for: CollectionChange,
          required: true,
          description: 'The change to undo (see Collection.history).',
        }),
      },
      resolve: async (query, _root, args, ctx) => {
        await assertCanEdit(ctx, args.collection.id);
        const revert = await revertChange(
          ctx.prisma,
          viewerId(ctx),
          args.collection.id,
          args.change.id,
        );
        return ctx.prisma.collectionChange.findUniqueOrThrow({
          ...query,
          where: { id: revert.id },
        });
      },
    }),
  };
});

builder.objectField(Source, 'draftDecisions', (t) =>
  t.field({
    type: [DraftDecision],
    nullable: true,
    description:
      "The curators' decisions kept for this source's drafts; null unless the viewer owns or curates its collection.",
    resolve: async (source, _args, ctx) => {
      const row = await ctx.prisma.source.findUnique({
        where: { id: source.id },
        select: { collectionId: true, collection: { select: EDITORS_SELECT } },
      });
      if (!row || !mayEdit(row.collection, ctx.viewer)) return null;
      return draftDecisions(ctx.prisma, row.collectionId, source.id);
    },
  }),
);
