import type { Database } from '@attest/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { call } from './graphql-call.ts';

/** How long to wait for a change to reach the quiz before calling it lost. */
const GIVE_UP_MS = 30_000;

/**
 * The kinds of change timed, each a write another API node or a script would make:
 * - `claim`: a claim added (a new fact: what bringing an article in writes most);
 * - `relation`: a claim of a relation predicate (member of, holds position…) added with the
 *   relation it states, as `@attest/collections` writes it (`writeRelation`);
 * - `edit`: a claim's subject changed in place (a curator's correction).
 */
export type ChangeKind = 'claim' | 'relation' | 'edit';

export const CHANGE_KINDS: Record<ChangeKind, string> = {
  claim: 'a claim written',
  relation: 'a relation claim written (with its relation)',
  edit: "a claim's subject edited",
};

export interface ChangeTimes {
  /** Milliseconds from each change (committed) to the first quiz that shows it. */
  times: number[];
  /** Milliseconds of the quiz of 10 on the whole base asked right after, for each change. */
  nextQuiz: number[];
}

const NEXT_QUIZ =
  'query ($seed: String!) { generateQuestions(input: { count: 10, seed: $seed }) { id prompt answer } }';

const questionsOf = (graphqlUrl: string, claimId: string) =>
  call(
    graphqlUrl,
    JSON.stringify({
      query:
        'query ($c: [ID!]) { generateQuestions(input: { claims: $c, count: 20, seed: "bench" }) { id prompt answer } }',
      variables: { c: [encodeGlobalID('Claim', claimId)] },
    }),
  ).then(({ text }) => text);

/**
 * The quiz after a change (issue 18: "new claims quizzable within a second"): `changes` times, a
 * change of `kind` is written straight into the database, as another API node or a script would
 * (so this server hears of it by notification), and `generateQuestions` limited to the claim is
 * asked until it shows the change: a question for a new claim, other questions (prompts,
 * answers) for an edited one. Each claim is modelled on an on-topic claim with an actor object
 * and evidence that the quiz asks about, said of another actor of the same kind. Measures the
 * whole way: notification, reading the changed rows, deriving the question banks, the quiz.
 */
export async function changeToQuiz(
  admin: Database,
  graphqlUrl: string,
  changes: number,
  kind: ChangeKind = 'claim',
): Promise<ChangeTimes> {
  const models = await admin.prisma.claim.findMany({
    where: {
      objectId: { not: null },
      offTopic: false,
      background: false,
      predicate: kind === 'relation' ? { relation: { not: null } } : { relation: null },
      evidence: { some: {} },
    },
    include: { evidence: true, subject: true, predicate: { select: { relation: true } } },
    orderBy: { id: 'asc' },
    take: changes * 20,
  });
  const times: number[] = [];
  const nextQuiz: number[] = [];
  for (const [i, model] of models.entries()) {
    if (times.length === changes) break;
    const before = await questionsOf(graphqlUrl, model.id);
    // Only claims the quiz asks about: a change to one it never asks about shows nowhere.
    if (before.includes('"generateQuestions":[]')) continue;
    const others = await admin.prisma.actor.findMany({
      where: {
        collectionId: model.collectionId,
        kind: model.subject.kind,
        id: { notIn: [model.subjectId, model.objectId ?? ''] },
        // Another name, or an edit would read the same.
        name: { not: model.subject.name },
      },
      select: { id: true },
      orderBy: { id: 'desc' },
      take: 50,
    });
    const other = others[i % Math.max(1, others.length)];
    if (!other) continue;
    const id = kind === 'edit' ? model.id : `bench-change-${Date.now()}-${i}`;
    if (kind === 'edit') {
      await admin.prisma.claim.update({ where: { id }, data: { subjectId: other.id } });
    } else {
      const { subject: _, evidence, predicate, createdAt: __, updatedAt: ___, ...row } = model;
      await admin.prisma.$transaction(async (tx) => {
        await tx.claim.create({
          data: {
            ...row,
            id,
            subjectId: other.id,
            evidence: { create: evidence.map(({ id: _id, claimId: _c, ...e }) => e) },
          },
        });
        if (predicate.relation && row.objectId)
          await tx.actorRelation.upsert({
            where: {
              type_subjectId_objectId: {
                type: predicate.relation,
                subjectId: other.id,
                objectId: row.objectId,
              },
            },
            create: {
              type: predicate.relation,
              subjectId: other.id,
              objectId: row.objectId,
              claimId: id,
            },
            update: {},
          });
      });
    }
    const written = performance.now();
    for (;;) {
      const now = await questionsOf(graphqlUrl, id);
      if (kind === 'edit' ? now !== before : !now.includes('"generateQuestions":[]')) break;
      if (performance.now() - written > GIVE_UP_MS)
        throw new Error(
          `${CHANGE_KINDS[kind]} (claim ${id}) did not reach the quiz ${GIVE_UP_MS / 1000} s after it was written.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    times.push(performance.now() - written);
    // A learner's next quiz, on the whole base: what a change left to be made in full on first
    // use (rather than derived) costs here, not in the filtered quiz above.
    const asked = performance.now();
    await call(graphqlUrl, JSON.stringify({ query: NEXT_QUIZ, variables: { seed: `${id}-next` } }));
    nextQuiz.push(performance.now() - asked);
  }
  if (times.length < changes)
    throw new Error(
      `Only ${times.length} of ${changes} claims to model "${CHANGE_KINDS[kind]}" on: the knowledge base has too few quizzed claims of that kind.`,
    );
  return { times, nextQuiz };
}
