import type { Actor } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import { mentionsAny, searchable, typedNamesOf } from './names.ts';

/**
 * The short forms a text uses for a thing it has named: "the office" for the NATO liaison office
 * in Tokyo, "the summit" for the 2023 NATO summit in Vilnius, "the alliance" for NATO (its
 * description: "…, the transatlantic military alliance"). A quote names its subject this way
 * only where the text is clear about it: the source names the subject in full somewhere, and no
 * other actor of that story goes by the same short form (two summits, two offices). People and
 * countries have none: a surname is an alias, and "the country" could be any.
 */
export function namesByShortForm(
  index: QuizIndex,
  actorId: string,
  sourceId: string,
  quote: string,
): boolean {
  const actor = index.actors.get(actorId);
  if (!actor) return false;
  const heads = headNouns(actor);
  if (heads.length === 0 || !mentionsAny(searchable(quote), heads)) return false;
  if (!sourceNames(index, sourceId, actorId)) return false;
  for (const other of storyCast(index, sourceId)) {
    if (other.id === actorId) continue;
    if (headNouns(other).some((h) => heads.includes(h))) return false;
  }
  return true;
}

const NO_SHORT_FORM: ReadonlySet<string> = new Set(['PERSON', 'COUNTRY']);
/** Words after which a name goes on about something else: "summit in Vilnius", "mission to NATO". */
const AFTER_HEAD = /\s(?:in|to|of|for|with|on|at|between|from|against|and)\s/;

const heads = new WeakMap<Actor, string[]>();

/** The common nouns a thing's names and description end on, lower case. */
export function headNouns(actor: Actor): string[] {
  let found = heads.get(actor);
  if (!found) {
    const out = new Set<string>();
    if (!NO_SHORT_FORM.has(actor.kind)) {
      const described = (actor.description ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s, i) => i === 0 || /^(?:the|an?)\s/i.test(s));
      for (const name of [...typedNamesOf(actor), ...described]) {
        const words = (name.split(AFTER_HEAD)[0] ?? '').trim().split(/\s+/);
        const head = words[words.length - 1] ?? '';
        // A capitalized last word is a name ("NATO", "Tokyo"), not a short form.
        if (words.length >= 2 && /^\p{Ll}{4,}$/u.test(head)) out.add(head);
      }
    }
    found = [...out];
    heads.set(actor, found);
  }
  return found;
}

/** Whether the source names the actor in full somewhere (by a name or an alias). */
function sourceNames(index: QuizIndex, sourceId: string, actorId: string): boolean {
  let text = index.sourceSearch.get(sourceId);
  if (text === undefined) {
    text = searchable(index.sources.get(sourceId)?.text ?? '');
    index.sourceSearch.set(sourceId, text);
  }
  return mentionsAny(text, index.nameKeys.get(actorId) ?? []);
}

/** Every actor of a source's story, of any kind. */
function storyCast(index: QuizIndex, sourceId: string): Actor[] {
  const cast: Actor[] = [];
  for (const kind of index.actorsByKind.keys()) {
    for (const profile of index.castBySourceKind.get(`${sourceId}|${kind}`) ?? []) {
      cast.push(profile.actor);
    }
  }
  return cast;
}
