import type { Actor } from '@attest/knowledge';
import { actorsOf, type QuizIndex } from './kb-index.ts';
import { relationHolds } from './truth.ts';

const PLACES: ReadonlySet<Actor['kind']> = new Set(['PLACE', 'COUNTRY']);

export const isPlace = (actor: Actor): boolean => PLACES.has(actor.kind);

/** The places and countries a place is part of, the nearest first (Brussels: Belgium, Europe). */
export function placesAround(index: QuizIndex, place: Actor): Actor[] {
  if (!isPlace(place)) return [];
  const around: Actor[] = [];
  const seen = new Set([place.id]);
  for (let i = -1; i < around.length; i++) {
    const inner = i < 0 ? place : (around[i] as Actor);
    for (const whole of actorsOf(index, index.groupsOf.get(inner.id) ?? [])) {
      if (seen.has(whole.id) || !isPlace(whole)) continue;
      if (!relationHolds(index, 'PART_OF', inner.id, whole.id)) continue;
      seen.add(whole.id);
      around.push(whole);
    }
  }
  return around;
}

/**
 * For "Where is Vilnius located?": places the base puts in other regions than the answer's
 * (China, for a city in Europe) are poor rivals. Undefined when the answer is no place or the
 * base puts it in no region.
 */
export const inAnotherRegion = (index: QuizIndex, answer: Actor) =>
  outsideEveryRegionOf(index, [answer]);

/**
 * For "Which of these countries are members of the AP4?": places outside every answer's region
 * (Moldova, for members in Asia and the Pacific) are poor rivals. Undefined when an answer is no
 * place in a region.
 */
export function outsideEveryRegionOf(
  index: QuizIndex,
  answers: readonly Actor[],
): ((id: string) => boolean) | undefined {
  const regionsOf = answers.map((answer) => new Set(placesAround(index, answer).map((p) => p.id)));
  if (regionsOf.some((regions) => regions.size === 0)) return undefined;
  return (id) => {
    const candidate = index.actors.get(id);
    if (!candidate) return false;
    const around = placesAround(index, candidate);
    return (
      around.length > 0 && regionsOf.every((regions) => !around.some((p) => regions.has(p.id)))
    );
  };
}
