import type { Request } from 'autocannon';
import { jsonHeaders, type Load } from './load.ts';
import { questionMaker } from './questions.ts';

/** Where a workload is sent: an Attest server (with its published set), or a peer. */
export interface Target {
  /** The share link of the set published on this server, for the learner flow. */
  slug: string;
}

export interface Workload {
  /** Short name for ATTEST_BENCH_OPERATIONS (run.ts). */
  key: string;
  name: string;
  /** The operation names its requests carry (the ceilings answer by name). */
  operations: string[];
  /** One request per operation, answered the same by every Attest server (checked first). */
  samples(target: Target): { operation: string; body: string }[];
  /** Comparable values of a sample answer (no IDs: each database makes its own). */
  values(operation: string, data: Record<string, unknown>): unknown;
  attest(target: Target): Load;
  /** Concurrent connections (default CONNECTIONS): 1 measures a lone caller's latency. */
  connections?: number;
  /** PostGraphile's equivalent, when it has one. */
  peer?: { body: string; values(data: Record<string, unknown>): unknown };
}

/** Every workload's key, in the order they run. */
export const WORKLOAD_KEYS = [
  'page-cold',
  'page-warm',
  'actor',
  'search-cold',
  'search-cold-1',
  'search-warm',
  'quiz',
  'flow',
];

export interface KnowledgeFacts {
  /** The actor who is the subject of the most claims: its global ID, row ID and name. */
  actor: { globalId: string; rowId: string; name: string };
  names: string[];
  labels: string[];
}

const body = (operationName: string, query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables, operationName });

interface EvidenceValue {
  quote: string;
  start: number;
  end: number;
  source: { title: string } | null;
}
interface ClaimValue {
  statement: string;
  subject?: { name: string } | null;
}
const evidenceKey = (e: EvidenceValue) => `${e.source?.title}|${e.start}|${e.end}|${e.quote}`;
/** A claim as values: its statement, subject and evidence (as a sorted list). */
const claimValue = (c: ClaimValue, evidence: EvidenceValue[]) => ({
  statement: c.statement,
  subject: c.subject?.name,
  evidence: evidence.map(evidenceKey).sort(),
});
const sortedByJson = <T>(list: T[]) =>
  [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

type Edges<T> = { edges: { node: T }[] };
type AttestClaim = ClaimValue & { evidence: EvidenceValue[] };
type PeerClaim = ClaimValue & { evidences: { nodes: EvidenceValue[] } };

const EVIDENCE = 'quote start end source { title }';

export function workloads(facts: KnowledgeFacts): Workload[] {
  const page = `query ClaimPage { claims(first: 50) { edges { node { statement subject { name } evidence { ${EVIDENCE} } } } } }`;
  const actor = `query ActorClaims($id: ID!) { node(id: $id) { ... on Actor { name claimsAsSubject(first: 100) { edges { node { statement evidence { ${EVIDENCE} } } } } } } }`;
  const search = `query Search($q: String!) { claims(search: $q, first: 10) { edges { node { statement subject { name } evidence { ${EVIDENCE} } } } } }`;
  const quiz = `query Quiz($seed: String!) { generateQuestions(input: { count: 10, seed: $seed }) { id type prompt options { id text correct } explanation } }`;
  const question = questionMaker(facts.names, facts.labels);
  // The count goes on across runs (warm-up, rounds) of the same server, so nothing repeats.
  const varied = (make: (i: number) => string): Load => {
    let i = 0;
    return {
      requests: () => [{ method: 'POST', setupRequest: (r) => ({ ...r, body: make(i++) }) }],
    };
  };
  const searchValues = (_: string, data: Record<string, unknown>) =>
    (data.claims as Edges<AttestClaim>).edges.map(({ node }) => claimValue(node, node.evidence));

  const pageValues = (_: string, data: Record<string, unknown>) =>
    (data.claims as Edges<AttestClaim>).edges.map(({ node }) => claimValue(node, node.evidence));

  return [
    {
      key: 'page-cold',
      name: '50 claims page, cold (response cache missed)',
      operations: ['ClaimPage'],
      samples: () => [{ operation: 'ClaimPage', body: body('ClaimPage', page) }],
      values: pageValues,
      // A variable the operation doesn't declare (execution ignores it) makes every request's
      // cache key new, as after a change to the knowledge base; the document stays the same,
      // as a real client's does (parsed and validated once). PostGraphile caches no responses.
      attest: () => varied((i) => body('ClaimPage', page, { nonce: i })),
      peer: {
        body: body(
          'ClaimPage',
          `query ClaimPage { claims(first: 50, orderBy: PRIMARY_KEY_ASC) { nodes { statement subject { name } evidences(orderBy: PRIMARY_KEY_ASC) { nodes { ${EVIDENCE} } } } } }`,
        ),
        values: (data) =>
          (data.claims as { nodes: PeerClaim[] }).nodes.map((c) =>
            claimValue(c, c.evidences.nodes),
          ),
      },
    },
    {
      key: 'page-warm',
      name: '50 claims page, warm (the response cache)',
      operations: ['ClaimPage'],
      samples: () => [{ operation: 'ClaimPage', body: body('ClaimPage', page) }],
      values: pageValues,
      attest: () => ({ body: body('ClaimPage', page) }),
    },
    {
      key: 'actor',
      name: `actor + claims (${facts.actor.name})`,
      operations: ['ActorClaims'],
      samples: () => [
        {
          operation: 'ActorClaims',
          body: body('ActorClaims', actor, { id: facts.actor.globalId }),
        },
      ],
      values: (_, data) => {
        const node = data.node as { name: string; claimsAsSubject: Edges<AttestClaim> };
        return {
          name: node.name,
          claims: sortedByJson(
            node.claimsAsSubject.edges.map(({ node: c }) => claimValue(c, c.evidence)),
          ),
        };
      },
      attest: () => ({ body: body('ActorClaims', actor, { id: facts.actor.globalId }) }),
      peer: {
        body: body(
          'ActorClaims',
          `query ActorClaims($id: String!) { actor(rowId: $id) { name claimsBySubjectId(orderBy: PRIMARY_KEY_ASC) { nodes { statement evidences(orderBy: PRIMARY_KEY_ASC) { nodes { ${EVIDENCE} } } } } } }`,
          { id: facts.actor.rowId },
        ),
        values: (data) => {
          const node = data.actor as { name: string; claimsBySubjectId: { nodes: PeerClaim[] } };
          return {
            name: node.name,
            claims: sortedByJson(
              node.claimsBySubjectId.nodes.map((c) => claimValue(c, c.evidences.nodes)),
            ),
          };
        },
      },
    },
    {
      key: 'search-cold',
      name: 'search, cold (never the same question)',
      operations: ['Search'],
      samples: () => [{ operation: 'Search', body: body('Search', search, { q: question(0) }) }],
      values: searchValues,
      // Question 0 was the sample: the run starts past it.
      attest: () => varied((i) => body('Search', search, { q: question(i + 1) })),
    },
    {
      key: 'search-cold-1',
      name: 'search, cold, 1 connection (latency of a lone caller)',
      operations: ['Search'],
      connections: 1,
      samples: () => [{ operation: 'Search', body: body('Search', search, { q: question(0) }) }],
      values: searchValues,
      // Far past the questions of the 10-connection run, so none repeats.
      attest: () => varied((i) => body('Search', search, { q: question(1_000_000 + i) })),
    },
    {
      key: 'search-warm',
      name: 'search, warm (the same question)',
      operations: ['Search'],
      samples: () => [
        {
          operation: 'Search',
          body: body('Search', search, { q: 'Who blocked the Tokyo office?' }),
        },
      ],
      values: searchValues,
      attest: () => ({ body: body('Search', search, { q: 'Who blocked the Tokyo office?' }) }),
    },
    {
      key: 'quiz',
      name: 'generateQuestions (10, a new seed each time)',
      operations: ['Quiz'],
      samples: () => [{ operation: 'Quiz', body: body('Quiz', quiz, { seed: 'bench-0' }) }],
      values: (_, data) =>
        (data.generateQuestions as { prompt: string; options: { text: string }[] }[]).map((q) => ({
          prompt: q.prompt,
          options: q.options.map((o) => o.text),
        })),
      attest: () => varied((i) => body('Quiz', quiz, { seed: `bench-${i + 1}` })),
    },
    learnerFlow(),
  ];
}

const START =
  'mutation StartAttempt($slug: String!) { startAttempt(slug: $slug) { token maxScore questions { id type options { id } } } }';
const SUBMIT =
  'mutation SubmitAnswers($token: String!, $answers: [AttemptAnswerInput!]!) { submitAnswers(token: $token, answers: $answers) { answeredCount } }';
const FINISH =
  'mutation FinishAttempt($token: String!) { finishAttempt(token: $token) { status score maxScore } }';

interface StartedAttempt {
  token: string;
  questions: { id: string; options: { id: string }[] | null }[];
}

/** Every question answered: the first option, or a typed answer (fill-in), each with a key. */
const answersFor = (attempt: StartedAttempt) =>
  attempt.questions.map((q, i) =>
    q.options && q.options.length > 0
      ? { questionId: q.id, optionIds: [q.options[0]?.id], key: `${attempt.token}:${i}` }
      : { questionId: q.id, text: 'NATO', key: `${attempt.token}:${i}` },
  );

/**
 * A learner on the share link: start an attempt, submit every answer (with keys) at once, finish.
 * Each connection loops over the three requests; each counts as one request.
 */
function learnerFlow(): Workload {
  const headers = (operation: string) => ({ ...jsonHeaders, 'x-bench-operation': operation });
  return {
    key: 'flow',
    name: 'learner flow (start, submit with keys, finish)',
    operations: ['StartAttempt', 'SubmitAnswers', 'FinishAttempt'],
    samples: ({ slug }) => {
      // Filled in by `sampleFlow`: each body depends on the answer before it.
      return [{ operation: 'StartAttempt', body: body('StartAttempt', START, { slug }) }];
    },
    values: (operation, data) => {
      if (operation === 'StartAttempt') {
        const attempt = data.startAttempt as StartedAttempt & { maxScore: number };
        return { maxScore: attempt.maxScore, questions: attempt.questions.length };
      }
      if (operation === 'SubmitAnswers') return data.submitAnswers;
      const done = data.finishAttempt as { status: string; maxScore: number };
      return { status: done.status, maxScore: done.maxScore };
    },
    attest: ({ slug }) => ({
      requests: (): Request[] => [
        {
          method: 'POST',
          headers: headers('StartAttempt'),
          body: body('StartAttempt', START, { slug }),
          onResponse: (_status, text, context) => {
            const attempt = (JSON.parse(text) as { data?: { startAttempt?: StartedAttempt } }).data
              ?.startAttempt;
            if (!attempt) throw new Error(`startAttempt failed: ${text.slice(0, 300)}`);
            context.attempt = attempt;
          },
        },
        {
          method: 'POST',
          headers: headers('SubmitAnswers'),
          setupRequest: (request, context) => {
            const attempt = context.attempt as StartedAttempt;
            return {
              ...request,
              body: body('SubmitAnswers', SUBMIT, {
                token: attempt.token,
                answers: answersFor(attempt),
              }),
            };
          },
        },
        {
          method: 'POST',
          headers: headers('FinishAttempt'),
          setupRequest: (request, context) => ({
            ...request,
            body: body('FinishAttempt', FINISH, {
              token: (context.attempt as StartedAttempt).token,
            }),
          }),
        },
      ],
    }),
  };
}

/** The bodies of the flow's later steps, from the answer to its start. */
export function flowSteps(startText: string): { operation: string; body: string }[] {
  const attempt = (JSON.parse(startText) as { data: { startAttempt: StartedAttempt } }).data
    .startAttempt;
  return [
    {
      operation: 'SubmitAnswers',
      body: body('SubmitAnswers', SUBMIT, { token: attempt.token, answers: answersFor(attempt) }),
    },
    { operation: 'FinishAttempt', body: body('FinishAttempt', FINISH, { token: attempt.token }) },
  ];
}
