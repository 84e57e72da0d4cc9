import { type KnowledgeBase, loadKnowledgeBase, normalizeName } from '@attest/knowledge';
import { describe, expect, it } from 'vitest';
import { generateQuestions, type Question } from '../src/index.ts';
import { buildKb, type KbSpec, saidClaim } from './support/build-kb.ts';
import { madeQuestions } from './support/made.ts';
import { world } from './support/world.ts';

/**
 * Evidence proves the key (issue 20): the quote shown names whom the claim is about, by a name or
 * an alias, by its sentence (or that and the one before: "… he said."), or by the short form the
 * text uses for it ("the alliance"); a claim's quotes that name the subject are preferred; a false
 * statement built from another claim shows that claim's quotes; no passage is shown twice.
 */
const wire = [
  'Rudi Falk is the envoy of Calia.',
  '“We will not back down,” he said.',
  'Nina Berg is the envoy of Delmar.',
  '“We seek a fair deal,” she said.',
  'The Harbor Pact, a regional defence alliance, met in May.',
  'Talks ran late.',
  'The alliance agreed to build a depot.',
].join(' ');
const digest = ['Envoys spoke.', 'One said “We will not back down” to reporters.'].join(' ');

const spec: KbSpec = {
  sources: [
    { id: 'wire', title: 'Envoys meet', publisher: 'The Wire', text: wire },
    { id: 'digest', title: 'Digest', text: digest },
  ],
  actors: [
    ['rudi-falk', 'Rudi Falk', 'PERSON', 'envoy of Calia', ['Falk']],
    ['nina-berg', 'Nina Berg', 'PERSON', 'envoy of Delmar', ['Berg']],
    ['harbor-pact', 'Harbor Pact', 'ALLIANCE', 'regional defence alliance'],
    ['depot', 'the Harbor depot', 'INITIATIVE'],
  ],
  predicates: [
    {
      id: 'said',
      object: 'VALUE',
      phrasing: ['{subject} said “{object}”', 'Who said “{object}”?', null],
    },
    {
      id: 'agreed_to_build',
      phrasing: ['{subject} agreed to build {object}', 'Who agreed to build {object}?', null],
    },
  ],
  claims: [
    saidClaim(
      'falk-back-down',
      'rudi-falk',
      'We will not back down',
      'Falk said they would not back down.',
      [
        ['digest', 'We will not back down'],
        ['wire', 'We will not back down'],
      ],
    ),
    saidClaim(
      'berg-fair-deal',
      'nina-berg',
      'We seek a fair deal',
      'Berg said they seek a fair deal.',
      [['wire', 'We seek a fair deal']],
    ),
    {
      id: 'pact-depot',
      s: 'harbor-pact',
      p: 'agreed_to_build',
      o: 'depot',
      statement: 'The Harbor Pact agreed to build a depot.',
      evidence: [['wire', 'agreed to build a depot']],
    },
  ],
};

const sourceText = (kb: KnowledgeBase, id: string) => kb.sources.find((s) => s.id === id)?.text;
/** What a quote's code point offsets hold in its source. */
const atOffsets = (kb: KnowledgeBase, e: Question['evidence'][number]) =>
  Array.from(sourceText(kb, e.sourceId) ?? '')
    .slice(e.start, e.end)
    .join('');

describe('evidence that names the subject', () => {
  const kb = buildKb(spec);
  const questions = madeQuestions(kb);
  const about = (claimId: string) =>
    questions.filter((q) => q.claimIds.includes(claimId)).flatMap((q) => q.evidence);

  it('widens a quote to the sentences that name its speaker, and prefers it to one that does not', () => {
    const shown = about('falk-back-down').filter((e) => e.claimId === 'falk-back-down');
    expect(shown.length).toBeGreaterThan(0);
    for (const e of shown) {
      expect(e.sourceId).toBe('wire');
      expect(e.quote).toBe('Rudi Falk is the envoy of Calia. “We will not back down,” he said.');
      expect(atOffsets(kb, e)).toBe(e.quote);
    }
  });

  it('names a thing by the short form its text uses when no sentence names it', () => {
    const shown = about('pact-depot');
    expect(shown.map((e) => e.quote)).toContain('The alliance agreed to build a depot.');
    for (const e of shown) expect(atOffsets(kb, e)).toBe(e.quote);
  });

  it('shows only what proves a quote put in the wrong mouth false: the real speaker’s words', () => {
    const wrongMouth = questions.filter(
      (q) => q.type === 'TRUE_FALSE' && q.answer === 'False' && q.prompt.includes('said'),
    );
    expect(wrongMouth.length).toBeGreaterThan(0);
    for (const q of wrongMouth) {
      expect(q.evidence.length, q.prompt).toBeGreaterThan(0);
      for (const e of q.evidence) expect(q.claimIds, q.prompt).not.toContain(e.claimId);
    }
  });

  it('keeps the quotes it has when none names the subject', () => {
    const bare = buildKb({
      ...spec,
      claims: spec.claims.map((c) =>
        c.id === 'falk-back-down' ? { ...c, evidence: [['digest', 'We will not back down']] } : c,
      ),
    });
    const shown = madeQuestions(bare)
      .filter((q) => q.claimIds.includes('falk-back-down'))
      .flatMap((q) => q.evidence.filter((e) => e.claimId === 'falk-back-down'));
    expect(shown.length).toBeGreaterThan(0);
    for (const e of shown) expect(atOffsets(bare, e)).toBe(e.quote);
  });
});

/**
 * Over every question of a base: quotes are the source's text at their offsets; no passage is
 * shown twice or inside another; a false statement shown false by other claims shows only
 * theirs; and a quote that names its claim's subject by no name or alias is shown only where none
 * of that claim's quotes, nor the sentence around one, does.
 */
/** A name as compared: case, diacritics, punctuation and a leading "the" do not matter. */
const key = (name: string) => normalizeName(name).replace(/^the /, '');

function walk(kb: KnowledgeBase, questions: Question[]) {
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const keys = new Map(
    kb.actors.map((a) => [a.id, [a.name, ...a.aliases.map((x) => x.name)].map(key)]),
  );
  const names = (actorId: string, text: string) => {
    const padded = ` ${normalizeName(text)} `;
    // Whole words, or a possessive ("Japan's" is "japans"): "Japanese" is no name of Japan.
    return (keys.get(actorId) ?? []).some(
      (k) => k !== '' && (padded.includes(` ${k} `) || padded.includes(` ${k}s `)),
    );
  };
  const sentenceOf = (sourceId: string, start: number, end: number) => {
    const text = Array.from(sourceText(kb, sourceId) ?? '');
    let from = start;
    while (from > 0 && !/[.!?]/.test(text[from - 1] ?? '')) from--;
    let to = end;
    while (to < text.length && !/[.!?]/.test(text[to - 1] ?? '')) to++;
    return text.slice(from, to).join('');
  };
  for (const q of questions) {
    const places = q.evidence.map((e) => `${e.sourceId}|${e.start}|${e.end}`);
    expect(new Set(places).size, q.prompt).toBe(places.length);
    expect(new Set(q.evidence.map((e) => e.quote)).size, q.prompt).toBe(q.evidence.length);
    for (const [i, a] of q.evidence.entries()) {
      expect(atOffsets(kb, a), q.prompt).toBe(a.quote);
      for (const b of q.evidence.slice(i + 1)) {
        const nested =
          a.sourceId === b.sourceId &&
          ((a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end));
        expect(nested, `${q.prompt}: ${a.quote} / ${b.quote}`).toBe(false);
      }
    }
    if (q.evidence.some((e) => !q.claimIds.includes(e.claimId))) {
      for (const e of q.evidence) expect(q.claimIds, q.prompt).not.toContain(e.claimId);
    }
    for (const e of q.evidence) {
      const claim = claims.get(e.claimId);
      if (!claim || names(claim.subjectId, e.quote)) continue;
      // A question that speaks for one source ("According to …") shows only that one's quotes.
      const only = /source:([^@,]+)/.exec(q.template)?.[1];
      const couldName = claim.evidence.some(
        (x) =>
          (only === undefined || x.sourceId === only) &&
          (names(claim.subjectId, x.quote) ||
            names(claim.subjectId, sentenceOf(x.sourceId, x.start, x.end))),
      );
      expect(couldName, `${q.prompt}: “${e.quote}” names no subject, another quote does`).toBe(
        false,
      );
    }
  }
}

describe('evidence, walked over every question', () => {
  it('of a small base', () => {
    walk(world(), madeQuestions(world()));
  });

  it('of the corpus', () => {
    const kb = loadKnowledgeBase();
    walk(kb, generateQuestions(kb, { seed: 1 }));
  });
});
