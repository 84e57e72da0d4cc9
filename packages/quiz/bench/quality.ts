import { type KnowledgeBase, normalizeName } from '@attest/knowledge';
import { generateQuestions, QUESTION_TYPES, type Question } from '../src/index.ts';

/**
 * What the teacher's review called general-knowledge trivia (issue 20), by what a question's
 * claims say rather than by the curator's mark, so it counts what slips past `background`: who
 * leads a country or holds a country's top office, where a city, a capital or a headquarters is,
 * who is a member of an alliance that has members beyond the story's.
 */
function triviaLike(kb: KnowledgeBase): (q: Question) => boolean {
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const actors = new Map(kb.actors.map((a) => [a.id, a]));
  const kind = (id: string | null) => (id === null ? undefined : actors.get(id)?.kind);
  const members = new Map<string, number>();
  for (const r of kb.relations) {
    if (r.type === 'MEMBER_OF') members.set(r.objectId, (members.get(r.objectId) ?? 0) + 1);
  }
  const trivia = (id: string): boolean => {
    const c = claims.get(id);
    if (!c) return false;
    const name = actors.get(c.subjectId)?.name ?? '';
    switch (c.predicateId) {
      case 'leads':
        return kind(c.objectId) === 'COUNTRY';
      case 'holds_position':
        return (
          c.value?.kind === 'text' &&
          /\b(?:president|prime minister|king|queen)\b/i.test(c.value.text)
        );
      case 'located_in':
        return kind(c.subjectId) === 'PLACE' || /headquarters|capital/i.test(name);
      case 'member_of':
        // An alliance of many members (NATO has 32; the AP4, four) is background knowledge.
        return kind(c.objectId) === 'ALLIANCE' && (members.get(c.objectId ?? '') ?? 0) > 8;
      default:
        return false;
    }
  };
  return (q) => q.claimIds.some(trivia);
}

/**
 * What a teacher checks first, per type, over every question of a base (seed 1): how many
 * there are, the share keyed True (true/false), questions with two options only, questions
 * asking a claim the curator marked background, questions on claims that read as trivia (`triviaLike`), evidence
 * quotes that name none of the question's subjects (by a name or an alias), and questions drawn
 * in more than one of three independent quizzes of 20. Then repeats across those quizzes, and
 * one after another with `seen`, and the share keyed True across them.
 */
export function qualityReport(kb: KnowledgeBase): string[] {
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const names = new Map(
    // Compared as the engine compares names: a leading "the" does not matter ("the French").
    kb.actors.map((a) => [
      a.id,
      [a.name, ...a.aliases.map((x) => x.name)].map((n) => normalizeName(n).replace(/^the /, '')),
    ]),
  );
  const all = generateQuestions(kb, { seed: 1 });
  const isTrivia = triviaLike(kb);
  const seeds = ['r1', 'r2', 'r3'];
  const independent = seeds.map((seed) => generateQuestions(kb, { seed, count: 20 }));
  // How many of the three quizzes hold each question.
  const drawn = new Map<string, number>();
  for (const quiz of independent) for (const q of quiz) drawn.set(q.id, (drawn.get(q.id) ?? 0) + 1);
  const lines = [
    'type               questions  keyed True  two options  background  trivia-like  evidence not naming subject  repeated in 3 quizzes',
  ];
  const percent = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((100 * n) / of)}%`);
  for (const type of QUESTION_TYPES) {
    const qs = all.filter((q) => q.type === type);
    const trues = qs.filter((q) => q.answer === 'True').length;
    // True/false has two options by nature.
    const twoOptions =
      type === 'TRUE_FALSE' ? '—' : String(qs.filter((q) => q.options.length === 2).length);
    const background = qs.filter((q) => q.claimIds.some((id) => claims.get(id)?.background)).length;
    const evidence = qs.flatMap((q) => q.evidence);
    const unnamed = evidence.filter((e) => {
      const subject = claims.get(e.claimId)?.subjectId;
      const text = ` ${normalizeName(e.quote)} `;
      return !(names.get(subject ?? '') ?? []).some((n) => n !== '' && text.includes(` ${n}`));
    }).length;
    const trivia = qs.filter(isTrivia).length;
    const ofType = independent.flat().filter((q) => q.type === type);
    const repeated = new Set(ofType.filter((q) => (drawn.get(q.id) ?? 0) > 1).map((q) => q.id));
    lines.push(
      `${type.padEnd(18)} ${String(qs.length).padStart(9)}  ${(type === 'TRUE_FALSE' ? percent(trues, qs.length) : '—').padStart(10)}  ` +
        `${twoOptions.padStart(11)}  ${String(background).padStart(10)}  ${String(trivia).padStart(11)}  ${`${unnamed} of ${evidence.length}`.padStart(27)}  ` +
        `${`${repeated.size} of ${new Set(ofType.map((q) => q.id)).size}`.padStart(21)}`,
    );
  }
  const distinct = (quizzes: Question[][]) => new Set(quizzes.flat().map((q) => q.id)).size;
  const seen: string[] = [];
  const chained = seeds.map((seed) => {
    const quiz = generateQuestions(kb, { seed, count: 20, seen });
    seen.push(...quiz.map((q) => q.id));
    return quiz;
  });
  lines.push(...patternLines(kb, all, independent));
  const statements = independent.flat().filter((q) => q.type === 'TRUE_FALSE');
  const keyedTrue = statements.filter((q) => q.answer === 'True').length;
  lines.push(
    `three quizzes of 20 (seeds ${seeds.join(', ')}): ${distinct(independent)} distinct of 60 drawn independently, ` +
      `${distinct(chained)} of 60 one after another (seen); true/false keyed True ${keyedTrue} of ${statements.length}`,
  );
  return lines;
}

/**
 * The patterns a teacher's review found (issue 20), counted: disagreement options, fill-ins a
 * learner could not answer by typing one short name, evidence shown twice, dispute text in other
 * types' explanations, doubled quotation marks, and quizzes asking one claim twice.
 */
function patternLines(kb: KnowledgeBase, all: Question[], quizzes: Question[][]): string[] {
  const disputes = all.filter((q) => q.type === 'SOURCES_DISAGREE');
  const counts = disputes.map((q) => q.options.length);
  const mean = counts.length === 0 ? 0 : counts.reduce((a, b) => a + b, 0) / counts.length;
  const fillIns = all.filter((q) => q.type === 'FILL_IN');
  const actorsOf = (q: Question) =>
    new Set(
      kb.actors
        .filter((a) =>
          [a.name, ...a.aliases.map((x) => x.name)].some((n) => q.acceptedAnswers.includes(n)),
        )
        .map((a) => a.id),
    );
  const secondAnswer = fillIns.filter((q) => {
    const ids = actorsOf(q);
    // A government body's country is the same answer, not a second one.
    const persons = kb.actors.filter((a) => ids.has(a.id) && a.kind !== 'COUNTRY');
    return persons.length > 1;
  }).length;
  const untypeable = fillIns.filter(
    (q) =>
      /[–—,]/.test(q.answer) ||
      q.acceptedAnswers.every((n) => n.replace(/^the /i, '').split(/\s+/).length > 4),
  ).length;
  const subjectless = fillIns.filter((q) =>
    /^(?:[^,?]+, )?what (?!is|was|does|did)/i.test(q.prompt),
  ).length;
  const repeatedEvidence = all.filter(
    (q) => new Set(q.evidence.map((e) => `${e.sourceId}|${e.start}`)).size < q.evidence.length,
  ).length;
  const pasted = all.filter(
    (q) =>
      q.type !== 'SOURCES_DISAGREE' &&
      kb.disputes.some((d) => q.explanation.includes(d.description)),
  ).length;
  const doubled = all.filter((q) =>
    [q.prompt, q.explanation, ...q.options.map((o) => o.text)].some((t) =>
      /“\s*[“"]|[”"]\s*”/.test(t),
    ),
  ).length;
  const sharing = quizzes.map((quiz) => {
    const seen = new Set<string>();
    let twice = 0;
    for (const q of quiz) {
      if (q.claimIds.some((id) => seen.has(id))) twice++;
      for (const id of q.claimIds) seen.add(id);
    }
    return twice;
  });
  return [
    `sources-disagree: ${disputes.length} questions, options min ${counts.length ? Math.min(...counts) : '—'}, mean ${mean.toFixed(1)}, two-option ${counts.filter((n) => n === 2).length}`,
    `fill-in: ${fillIns.length} questions, ${secondAnswer} with a second right answer, ${untypeable} not typeable (over four words, a dash or comma), ${subjectless} "what …" over a free description`,
    `explanations and evidence: ${pasted} with a dispute's text outside sources-disagree, ${doubled} with doubled quotation marks, ${repeatedEvidence} showing a passage twice`,
    `questions sharing a claim with an earlier one in each quiz of 20: ${sharing.join(', ')}`,
  ];
}
