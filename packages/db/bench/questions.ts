import type { KnowledgeBase } from '@attest/knowledge';

/** A small seeded generator, so that two runs ask the same questions. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const char of seed) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

const misspell = (word: string, next: () => number) => {
  if (word.length < 6) return word;
  const i = 1 + Math.floor(next() * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
};

/**
 * Endless natural questions in the corpus's own words ("Who blocked the Tokyo office?"), never
 * the same twice: a question word, words of claim statements and an actor's name, one in five
 * with a misspelled word.
 */
export function naturalQuestions(kb: KnowledgeBase, seed: string): () => string {
  const next = random(seed);
  const words = [
    ...new Set(
      kb.claims.flatMap((c) => c.statement.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 3),
    ),
  ];
  const names = kb.actors.map((a) => a.name);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  const templates = [
    () => `Who ${pick(words)} the ${pick(names)} ${pick(words)}?`,
    () => `When did ${pick(names)} ${pick(words)}?`,
    () => `What did ${pick(names)} say about ${pick(words)}?`,
    () => `Which ${pick(words)} ${pick(words)} ${pick(names)}?`,
    () => `${pick(words)} ${pick(words)}`,
  ];
  const asked = new Set<string>();
  return () => {
    for (;;) {
      let question = pick(templates)();
      if (next() < 0.2) question = question.replace(/\p{L}{6,}/u, (w) => misspell(w, next));
      if (!asked.has(question)) {
        asked.add(question);
        return question;
      }
    }
  };
}
