import type { Database } from '@attest/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { call } from './graphql-call.ts';

/** How long to wait for a new claim's question before calling the change lost. */
const GIVE_UP_MS = 30_000;

export interface ChangeTimes {
  /** Milliseconds from each claim's insert (committed) to the first quiz that asks about it. */
  times: number[];
}

/**
 * The quiz after a change (issue 18: "new claims quizzable within a second"): `changes` times,
 * a claim is written straight into the database, as another API node or a script would (so this
 * server hears of it by notification), and `generateQuestions` limited to that claim is asked
 * until it answers a question. Each claim is modelled on an on-topic claim with an actor object,
 * said of another actor of the same kind, with the model's evidence: a new fact the generators
 * quiz. Measures the whole way: notification, reading the changed rows, deriving the question
 * banks, the quiz.
 */
export async function changeToQuiz(
  admin: Database,
  graphqlUrl: string,
  changes: number,
): Promise<ChangeTimes> {
  const models = await admin.prisma.claim.findMany({
    where: {
      objectId: { not: null },
      offTopic: false,
      background: false,
      predicate: { relation: null },
      evidence: { some: {} },
    },
    include: { evidence: true, subject: true },
    orderBy: { id: 'asc' },
    take: changes * 4,
  });
  const times: number[] = [];
  for (const [i, model] of models.entries()) {
    if (times.length === changes) break;
    const others = await admin.prisma.actor.findMany({
      where: {
        collectionId: model.collectionId,
        kind: model.subject.kind,
        id: { notIn: [model.subjectId, model.objectId ?? ''] },
      },
      select: { id: true },
      orderBy: { id: 'desc' },
      take: 50,
    });
    const other = others[i % Math.max(1, others.length)];
    if (!other) continue;
    const id = `bench-change-${Date.now()}-${i}`;
    const { subject: _, evidence, createdAt: __, updatedAt: ___, ...row } = model;
    await admin.prisma.claim.create({
      data: {
        ...row,
        id,
        subjectId: other.id,
        evidence: {
          create: evidence.map(({ id: _id, claimId: _c, ...e }) => e),
        },
      },
    });
    const written = performance.now();
    const body = JSON.stringify({
      query: 'query ($c: [ID!]) { generateQuestions(input: { claims: $c, count: 1 }) { id } }',
      variables: { c: [encodeGlobalID('Claim', id)] },
    });
    for (;;) {
      const { data } = await call(graphqlUrl, body);
      if ((data.generateQuestions as unknown[]).length > 0) break;
      if (performance.now() - written > GIVE_UP_MS)
        throw new Error(
          `Claim ${id} was not quizzable ${GIVE_UP_MS / 1000} s after it was written.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    times.push(performance.now() - written);
  }
  return { times };
}
