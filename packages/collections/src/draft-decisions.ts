import { type Db, Prisma } from '@attest/db';
import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { parseInput } from './parse-input.ts';

const MAX_EDITS = 5000;

const DraftDecisionInput = z.object({
  sourceId: z.string().min(1).max(100),
  key: z
    .string()
    .trim()
    .min(1, 'A draft key cannot be blank.')
    .max(300, 'A draft key is at most 300 characters.'),
  dismissed: z.boolean(),
  /** The curator's edits, as JSON text of an object; null clears them. */
  edits: z.string().max(MAX_EDITS, `Edits are at most ${MAX_EDITS} characters of JSON.`).nullish(),
});
export type DraftDecisionInput = z.input<typeof DraftDecisionInput>;

// PostgreSQL's jsonb refuses these even as escapes ("\u0000", a lone "\ud800").
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (s: string) => {
  if (s.includes('\u0000') || LONE_SURROGATE.test(s)) throw new SyntaxError('unstorable character');
  return s;
};

function parseEdits(text: string | null | undefined): Prisma.InputJsonValue | undefined {
  if (text === null || text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v) => {
      storable(key);
      return typeof v === 'string' ? storable(v) : v;
    });
  } catch {
    throw new AttestError(
      'BAD_USER_INPUT',
      '"edits" is not JSON (or holds a NUL or a lone surrogate, which cannot be stored).',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AttestError('BAD_USER_INPUT', '"edits" must be a JSON object.');
  return value as Prisma.InputJsonValue;
}

async function ownSource(prisma: Db, collectionId: string, sourceId: string) {
  const source = await prisma.source.findUnique({
    where: { id: sourceId },
    select: { collectionId: true },
  });
  if (source?.collectionId !== collectionId)
    throw new AttestError('NOT_FOUND', 'This collection has no source with this ID.');
}

/**
 * Keeps a curator's decision on one draft of a source (dismissed, edited, or both), replacing
 * an earlier one for the same key. Drafts are not history: nothing in the collection changes.
 */
export async function saveDraftDecision(
  prisma: Db,
  collectionId: string,
  input: DraftDecisionInput,
) {
  const data = parseInput(DraftDecisionInput, input);
  const edits = parseEdits(data.edits);
  await ownSource(prisma, collectionId, data.sourceId);
  const fields = { dismissed: data.dismissed, edits: edits ?? Prisma.DbNull };
  return prisma.draftDecision.upsert({
    where: { sourceId_key: { sourceId: data.sourceId, key: data.key } },
    create: { sourceId: data.sourceId, key: data.key, ...fields },
    update: fields,
  });
}

/** The decisions kept for a source's drafts. */
export async function draftDecisions(prisma: Db, collectionId: string, sourceId: string) {
  await ownSource(prisma, collectionId, sourceId);
  return prisma.draftDecision.findMany({ where: { sourceId }, orderBy: { key: 'asc' } });
}
