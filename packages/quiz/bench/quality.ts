import { type KnowledgeBase, normalizeName } from '@attest/knowledge';
import { generateQuestions, QUESTION_TYPES, type Question } from '../src/index.ts';

/**
 * What a teacher checks first, per type, over every question of a base (seed 1): how many
 * there are, the share keyed True (true/false), questions with two options only, questions
 * asking a claim the curator marked background (trivia), and evidence quotes that name none of
 * the question's subjects. Then repeats across three quizzes of 20, drawn independently and one
 * after another with `seen`, and the share keyed True across them.
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
  const lines = [
    'type               questions  keyed True  two options  background  evidence not naming subject',
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
    lines.push(
      `${type.padEnd(18)} ${String(qs.length).padStart(9)}  ${(type === 'TRUE_FALSE' ? percent(trues, qs.length) : '—').padStart(10)}  ` +
        `${twoOptions.padStart(11)}  ${String(background).padStart(10)}  ${`${unnamed} of ${evidence.length}`.padStart(27)}`,
    );
  }
  const seeds = ['r1', 'r2', 'r3'];
  const distinct = (quizzes: Question[][]) => new Set(quizzes.flat().map((q) => q.id)).size;
  const independent = seeds.map((seed) => generateQuestions(kb, { seed, count: 20 }));
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
