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
    kb.actors.map((a) => [a.id, [a.name, ...a.aliases.map((x) => x.name)].map(normalizeName)]),
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
  const statements = independent.flat().filter((q) => q.type === 'TRUE_FALSE');
  const keyedTrue = statements.filter((q) => q.answer === 'True').length;
  lines.push(
    `three quizzes of 20 (seeds ${seeds.join(', ')}): ${distinct(independent)} distinct of 60 drawn independently, ` +
      `${distinct(chained)} of 60 one after another (seen); true/false keyed True ${keyedTrue} of ${statements.length}`,
  );
  return lines;
}
