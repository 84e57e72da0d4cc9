import { type Claim, type KnowledgeBase, normalizeName, sliceCodePoints } from '@attest/knowledge';
import type { Question } from '../../src/index.ts';

/**
 * The quality rules, re-checked from the outside: written against the knowledge base directly
 * (not the package's index), so a bug in the package's own checks does not hide itself.
 */
export function qualityIssues(kb: KnowledgeBase, q: Question): string[] {
  const issues: string[] = [];
  const fail = (what: string) => issues.push(`${q.type} "${q.prompt}": ${what}`);
  const actors = new Map(kb.actors.map((a) => [a.id, a]));
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const has = (text: string, name: string) => {
    const needle = normalizeName(name).replace(/^the /, '');
    return needle !== '' && ` ${normalizeName(text)} `.includes(` ${needle} `);
  };

  if (!/^[“"A-Z0-9]/.test(q.prompt)) fail('does not start with a capital');
  if (!/[.?!]["”’]?$/.test(q.prompt)) fail('does not end a sentence');
  if (/[{}]/.test(q.prompt + q.options.map((o) => o.text).join())) fail('unfilled placeholder');
  if (/ {2}|\s[,.?]|,,|\.\./.test(q.prompt)) fail('stray spacing or punctuation');

  const right = q.options.filter((o) => o.correct);
  const wrong = q.options.filter((o) => !o.correct);
  const shapes: Record<Question['type'], [number, number, number, number]> = {
    SINGLE_CHOICE: [4, 4, 1, 1],
    WHO_SAID: [4, 4, 1, 1],
    TRUE_FALSE: [2, 2, 1, 1],
    MULTI_SELECT: [5, 7, 2, 5],
    SOURCES_DISAGREE: [3, 5, 1, 3],
    FILL_IN: [0, 0, 0, 0],
  };
  const [minOptions, maxOptions, minRight, maxRight] = shapes[q.type];
  if (q.options.length < minOptions || q.options.length > maxOptions)
    fail(`${q.options.length} options`);
  if (right.length < minRight || right.length > maxRight) fail(`${right.length} right options`);
  if (q.options.length > 0 && wrong.length === 0) fail('no wrong option');
  if (new Set(q.options.map((o) => normalizeName(o.text))).size !== q.options.length)
    fail('duplicate option text');
  if (new Set(q.options.map((o) => o.id)).size !== q.options.length) fail('duplicate option id');
  if (q.type === 'FILL_IN' && q.acceptedAnswers.length === 0) fail('no accepted answers');

  // The answer (any name or alias) never appears in the prompt.
  if (q.type !== 'TRUE_FALSE') {
    const answerNames = [
      ...q.acceptedAnswers,
      ...right.flatMap((o) => {
        const actor = o.actorId ? actors.get(o.actorId) : undefined;
        const source = o.sourceId ? sources.get(o.sourceId) : undefined;
        if (actor) return [actor.name, ...actor.aliases.map((a) => a.name)];
        if (source) return [source.title, source.publisher ?? ''];
        return q.type === 'SOURCES_DISAGREE' ? [] : [o.text];
      }),
    ];
    for (const name of answerNames) if (has(q.prompt, name)) fail(`gives away "${name}"`);
  }

  // No word is shared by the prompt and a right option unless a wrong option has it too
  // ("In 2011, …" over "The 2011 intervention" alone). True/False options are just True/False.
  // A dispute's first sentence names what both sides are about: only the question after it counts.
  if (q.type !== 'TRUE_FALSE') {
    const words = (text: string) =>
      normalizeName(text)
        .split(' ')
        .filter((w) => w !== '' && !COMMON.has(w));
    const asked = q.type === 'SOURCES_DISAGREE' ? q.prompt.replace(DISPUTE_LEAD, '') : q.prompt;
    if (q.type === 'SOURCES_DISAGREE' && asked === q.prompt) fail('dispute without a topic');
    const prompt = new Set(words(asked));
    const elsewhere = new Set(wrong.flatMap((o) => words(o.text)));
    for (const o of right) {
      for (const w of words(o.text)) {
        if (prompt.has(w) && !elsewhere.has(w)) fail(`prompt and right option share "${w}"`);
      }
    }
  }

  // Distractors are of the right answers' kinds.
  const kinds = new Set(right.flatMap((o) => (o.actorId ? [actors.get(o.actorId)?.kind] : [])));
  for (const o of wrong) {
    if (o.actorId && !kinds.has(actors.get(o.actorId)?.kind))
      fail(`distractor ${o.text} of another kind`);
  }
  issues.push(...distractorTruths(kb, q, claims).map((d) => `${q.type} "${q.prompt}": ${d}`));

  // Evidence: present, from the question's claims (or from a claim the explanation states, that
  // proves a false statement false), verbatim at its offsets.
  if (q.evidence.length === 0) fail('no evidence');
  for (const e of q.evidence) {
    const source = sources.get(e.sourceId);
    const proof = claims.get(e.claimId)?.statement.trim();
    if (!q.claimIds.includes(e.claimId) && !(proof && q.explanation.includes(proof)))
      fail(`evidence from foreign claim ${e.claimId}`);
    if (!source || sliceCodePoints(source.text, e.start, e.end) !== e.quote)
      fail(`quote not verbatim: ${e.quote}`);
    if (source && e.sourceTitle !== source.title) fail('wrong source title');
  }

  // Disputed, deprecated and off-topic claims.
  const used = q.claimIds.map((id) => claims.get(id));
  if (used.some((c) => !c)) fail('unknown claim');
  if (used.some((c) => c?.offTopic)) fail('off-topic claim asked');
  const disputed = new Set(kb.disputes.flatMap((d) => [d.firstId, d.secondId]));
  const contested = used.some((c) => c && (disputed.has(c.id) || c.rank === 'DEPRECATED'));
  if (contested && q.type !== 'SOURCES_DISAGREE' && !q.prompt.startsWith('According to ')) {
    fail('disputed or deprecated claim asked as a plain fact');
  }
  return issues;
}

/** Function words: sharing them gives nothing away. */
/** "Sources disagree about the status of …. ", up to the question. */
const DISPUTE_LEAD = /^.*?\. (?=According to |Which sources? says? )/;

const COMMON = new Set(
  (
    'a an the of in on at to for by with from into over about as and or but not no nor is ' +
    'are was were be been being do does did has have had will would can could should may might ' +
    'must shall who whom whose what which when where why how that this these those it its ' +
    'their there they them he she his her him we our you your i me my us all any each some ' +
    'other than then so also only own same such very s t'
  ).split(' '),
);

/** A wrong option the base makes right: the same predicate with the same other side. */
function distractorTruths(kb: KnowledgeBase, q: Question, claims: Map<string, Claim>): string[] {
  const [claim] = q.claimIds.flatMap((id) => claims.get(id) ?? []);
  if (!claim) return [];
  const wrongActors = q.options
    .filter((o) => !o.correct && o.actorId)
    .map((o) => o.actorId as string);
  const relation = kb.predicates.find((p) => p.id === claim.predicateId)?.relation;
  const relationTrue = (s: string, o: string) =>
    kb.relations.some((r) => r.type === relation && r.subjectId === s && r.objectId === o);
  const bySubject = /^(ask|list)-subject/.test(q.template);
  const byObject = /^(ask|list)-object/.test(q.template);
  const problems: string[] = [];
  for (const d of wrongActors) {
    const madeTrue = kb.claims.some(
      (c) =>
        c.predicateId === claim.predicateId &&
        ((bySubject && c.subjectId === d && c.objectId === claim.objectId && c.objectId !== null) ||
          (byObject && c.subjectId === claim.subjectId && c.objectId === d)),
    );
    const viaRelation =
      (bySubject && claim.objectId && relationTrue(d, claim.objectId)) ||
      (byObject && relationTrue(claim.subjectId, d));
    const member = q.template.match(/^members:(.+)$/)?.[1];
    const viaMembership =
      member &&
      kb.relations.some(
        (r) => r.type === member && r.subjectId === d && r.objectId === claim.objectId,
      );
    if (madeTrue || viaRelation || viaMembership) problems.push(`distractor ${d} is also right`);
  }
  return problems;
}

/** Every way the base states a fact of a predicate, as normalized "subject … object" text. */
export function trueStatementCores(kb: KnowledgeBase, predicateId: string): string[] {
  const predicate = kb.predicates.find((p) => p.id === predicateId);
  const template = predicate?.phrasing?.statement;
  if (!predicate || !template) return [];
  const name = (id: string) => kb.actors.find((a) => a.id === id)?.name ?? id;
  const pairs: [string, string][] = kb.claims
    .filter((c) => c.predicateId === predicateId && c.objectId !== null)
    .map((c) => [name(c.subjectId), name(c.objectId as string)]);
  if (predicate.relation) {
    for (const r of kb.relations)
      if (r.type === predicate.relation) pairs.push([name(r.subjectId), name(r.objectId)]);
  }
  return pairs.map(([s, o]) =>
    normalizeName(template.replace('{subject}', s).replace('{object}', o)).replace(/^the /, ''),
  );
}
