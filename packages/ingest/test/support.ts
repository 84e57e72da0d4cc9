import { sliceCodePoints } from '@attest/knowledge';
import { expect } from 'vitest';
import {
  type Extraction,
  extract,
  type KnownActor,
  type KnownClaim,
  type Vocabulary,
} from '../src/index.ts';

export const known: KnownActor[] = [
  {
    id: 'macron',
    name: 'Emmanuel Macron',
    kind: 'PERSON',
    aliases: [{ name: 'Macron', kind: 'NAME' }],
  },
  {
    id: 'joe-biden',
    name: 'Joe Biden',
    kind: 'PERSON',
    aliases: [{ name: 'Biden', kind: 'NAME' }],
  },
  { id: 'olaf-scholz', name: 'Olaf Scholz', kind: 'PERSON', aliases: [] },
  {
    id: 'nato',
    name: 'NATO',
    kind: 'ALLIANCE',
    aliases: [{ name: 'North Atlantic Treaty Organization', kind: 'NAME' }],
  },
  { id: 'france', name: 'France', kind: 'COUNTRY', aliases: [] },
  { id: 'china', name: 'China', kind: 'COUNTRY', aliases: [] },
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
  { id: 'tokyo', name: 'Tokyo', kind: 'PLACE', aliases: [] },
  {
    id: 'tokyo-office',
    name: 'The NATO liaison office in Tokyo',
    kind: 'INITIATIVE',
    aliases: [{ name: 'liaison office in Tokyo', kind: 'VARIANT' }],
  },
];

export const vocabulary: Vocabulary = [
  'said',
  'holds_position',
  'leads',
  'affiliated_with',
  'member_of',
  'partner_of',
  'blocked',
  'opposes',
  'supports',
  'criticized',
  'plans_to_open',
  'plans_to_sign',
  'proposed',
  'set_up',
].map((id) => ({
  id,
  label: id,
  object: 'EITHER' as const,
  openEnded: ['supports', 'opposes', 'partner_of', 'criticized'].includes(id),
}));

export function run(text: string, claims: KnownClaim[] = []): Extraction & { text: string } {
  const result = extract(text, { actors: known, predicates: vocabulary, claims });
  assertVerbatim(text, result);
  return { ...result, text };
}

/** Every span extraction returns is the text's code points start to end, as evidence must be. */
export function assertVerbatim(text: string, result: Extraction): void {
  const spans = [
    ...result.actors.flatMap((a) => a.mentions),
    ...result.quotes,
    ...result.quotes.flatMap((q) => (q.attribution ? [q.attribution] : [])),
    ...result.claims.map((c) => c.evidence),
  ];
  for (const span of spans) {
    expect(span.end).toBeGreaterThan(span.start);
    expect(sliceCodePoints(text, span.start, span.end)).toBe(span.text);
  }
}

export const actorNamed = (r: Extraction, name: string) => r.actors.find((a) => a.name === name);
export const actorOf = (r: Extraction, key: string | null) => r.actors.find((a) => a.key === key);
/** The speaker's name of the quote containing `words`. */
export function speakerOf(r: Extraction, words: string): string | null | undefined {
  const quote = r.quotes.find((q) => q.text.includes(words));
  if (!quote) return undefined;
  return actorOf(r, quote.speakerKey)?.name ?? null;
}
