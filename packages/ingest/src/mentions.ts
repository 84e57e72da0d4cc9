import type { ActorKind } from '@attest/knowledge';
import { type Entry, formKey, type Gazetteer } from './gazetteer.ts';
import {
  isGivenName,
  kindByHead,
  NAME_CONNECTORS,
  NEVER_ACTORS,
  NEVER_NAMES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import type { Token } from './tokens.ts';

/** A stretch of text that names an actor. Offsets are UTF-16; tokens inclusive. */
export interface Mention {
  start: number;
  end: number;
  first: number;
  last: number;
  /** Known forms it matched; empty for a name the gazetteer does not hold. */
  entries: readonly Entry[];
  /** The name as written, without a title before it. */
  name: string;
  kind: ActorKind | null;
  /** 0–1: evidence that a new name is a person (a title, a given name). */
  personScore: number;
  /** The title written before a person's name ("Foreign Minister"), with what qualifies it. */
  title: Title | null;
}

export interface Title {
  start: number;
  end: number;
  text: string;
  /** The country, demonym or organization right before the title: "French", "NATO". */
  qualifier: Mention | null;
}

const ALL_CAPS = /^[\p{Lu}][\p{Lu}.&-]+$/u;

/**
 * Finds every mention: known forms first (longest match), then runs of capitalized words the
 * gazetteer does not know, split into a title and a name ("Foreign Minister" + "Tobias Lund").
 */
export function findMentions(text: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
  const keys = tokens.map((t) => formKey(t.text));
  const g = { ...gazetteer, keys };
  const headings = headingParagraphs(tokens);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const known = matchKnown(text, tokens, i, g);
    if (known) {
      mentions.push(known);
      i = known.last + 1;
      continue;
    }
    if (isNameWord(token) && !headings.has(token.paragraph)) {
      const run = nameRun(text, tokens, i, g);
      let previous = mentions[mentions.length - 1];
      // "European Commission President Ursula von der Leyen": the organization before a title
      // inside the run is a name of its own, and qualifies the title.
      const titleAt = innerTitle(tokens, i, run);
      if (titleAt > i) {
        const owner = splitTitle(text, tokens, i, titleAt - 1, null);
        if (owner && 'name' in owner) {
          mentions.push(owner);
          previous = owner;
        }
        i = titleAt;
      }
      const qualifier = previous && previous.last === i - 1 ? previous : null;
      const mention = splitTitle(text, tokens, i, run, qualifier);
      i = run + 1;
      if (mention && 'name' in mention) {
        mentions.push(mention);
        continue;
      }
      // A title alone, then a known name: "French President" + "Emmanuel Macron".
      const after = mention ? matchKnown(text, tokens, i, g) : null;
      if (mention && after?.entries.some((e) => e.kind === 'PERSON')) {
        mentions.push({ ...after, title: mention });
        i = after.last + 1;
      }
      continue;
    }
    i++;
  }
  return mentions;
}

/** The longest known form starting at token i, unless it is only the start of a longer name. */
type Keyed = Gazetteer & { keys: string[] };

function matchKnown(text: string, tokens: Token[], i: number, g: Keyed): Mention | null {
  const first = tokens[i];
  if (!first?.isWord || !g.firstWords.has((g.keys[i] ?? '').split(' ')[0] ?? '')) return null;
  // Folded keys of the spans starting at i, built word by word (tokens written together, like
  // "Beijing" + "’s", fold together).
  const spanKeys: string[] = [];
  let key = '';
  for (let n = 1; n <= Math.min(g.maxWords + 3, tokens.length - i); n++) {
    const t = tokens[i + n - 1] as Token;
    const part = g.keys[i + n - 1] ?? '';
    const joined = n === 1 || t.start === (tokens[i + n - 2] as Token).end;
    key = part === '' ? key : key === '' ? part : `${key}${joined ? '' : ' '}${part}`;
    spanKeys.push(key);
  }
  for (let n = spanKeys.length; n >= 1; n--) {
    const lastToken = tokens[i + n - 1] as Token;
    if (lastToken.paragraph !== first.paragraph || !lastToken.isWord) continue;
    const surface = text.slice(first.start, lastToken.end);
    if (!first.capitalized && !g.lowercaseForms.has(surface)) continue;
    let entries = g.lookup(spanKeys[n - 1] ?? '');
    if (!entries) continue;
    // Short all-caps forms match only as written: "US" is not "us".
    if (surface.length <= 4)
      entries = entries.filter((e) => e.form.length > 4 || e.form === surface);
    if (entries.length === 0) continue;
    if (first.sentenceInitial && NEVER_NAMES.has(surface)) continue;
    if (startsLongerName(tokens, i + n, entries)) continue;
    return {
      start: first.start,
      end: lastToken.end,
      first: i,
      last: i + n - 1,
      entries,
      name: surface,
      kind: entries[0]?.kind ?? null,
      personScore: entries.some((e) => e.kind === 'PERSON') ? 1 : 0,
      title: null,
    };
  }
  return null;
}

/**
 * "Chinese Foreign Ministry", "Keio University": a place or demonym followed by capitalized words
 * that name an organization is that organization's name, not the place.
 */
function startsLongerName(tokens: Token[], next: number, entries: readonly Entry[]): boolean {
  if (entries.some((e) => e.kind === 'PERSON')) return false;
  // A group's name starts a longer one only when that one names an event: "NATO Madrid Summit".
  const placeLike = entries.every(
    (e) => e.kind === 'COUNTRY' || e.kind === 'PLACE' || e.via === 'demonym',
  );
  for (let j = next; j < tokens.length && j < next + 6; j++) {
    const t = tokens[j] as Token;
    if (!isNameWord(t) && !(NAME_CONNECTORS.has(t.text) && j > next)) return false;
    if (isTitleWord(t.text) && !TITLE_MODIFIERS.has(t.text)) return false;
    const kind = kindByHead(t.text);
    if (kind && kind !== 'PLACE' && (placeLike || kind === 'EVENT')) return true;
  }
  return false;
}

export const isTitleWord = (word: string) => TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word);

export function isNameWord(token: Token): boolean {
  if (!token.isWord || !token.capitalized || /^\d/.test(token.text)) return false;
  if (NEVER_ACTORS.has(token.text)) return false;
  if (NEVER_NAMES.has(token.text) && (token.sentenceInitial || token.pos !== 'PROPN')) return false;
  if (ALL_CAPS.test(token.text) || TITLE_HEADS.has(token.text)) return true;
  return token.pos === 'PROPN' || !token.sentenceInitial || isGivenName(token.text);
}

/** The last token of the run of name words starting at i (connectors inside allowed). */
function nameRun(text: string, tokens: Token[], i: number, g: Keyed): number {
  let last = i;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.paragraph !== (tokens[i] as Token).paragraph) break;
    if (isNameWord(t)) {
      // A title ends where a known name begins: "President" + "Xi Jinping".
      const known = matchKnown(text, tokens, j, g);
      if (known && tokens.slice(i, j).every((x) => isTitleWord(x.text))) break;
      // A known surname after a first name is part of another person's name: "Hunter Biden".
      if (known?.entries.every((e) => e.via !== 'surname' && e.kind !== 'PERSON')) break;
      if (known && known.last > j) break;
      last = j;
      continue;
    }
    // Connectors inside a name ("Rim of the Pacific"), but not after a person's name:
    // "Professor Michito Tsuruoka of Keio University" is two names.
    let k = j;
    while (NAME_CONNECTORS.has((tokens[k] as Token | undefined)?.text ?? '') && k < j + 2) k++;
    const after = tokens[k];
    // Particles ("von der Leyen") stay inside a person's name; prepositions end it.
    const person =
      tokens.slice(i, j).some((x) => TITLE_HEADS.has(x.text)) ||
      isGivenName((tokens[i] as Token).text);
    const particle = !/^(of|for|on|the|&)$/.test(t.text);
    if (
      k > j &&
      after &&
      isNameWord(after) &&
      !TITLE_HEADS.has(after.text) &&
      (!person || particle)
    ) {
      j = k - 1;
      continue;
    }
    break;
  }
  return last;
}

/** Where a title starts inside a run, after other names, with a name after it; else -1. */
function innerTitle(tokens: Token[], from: number, to: number): number {
  for (let h = to - 1; h > from; h--) {
    if (!TITLE_HEADS.has((tokens[h] as Token).text)) continue;
    let start = h;
    while (start > from && isTitleWord((tokens[start - 1] as Token).text)) start--;
    return start > from ? start : -1;
  }
  return -1;
}

/** A run of name words as a title (if any) and a name; the title alone when there is no name. */
function splitTitle(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  qualifier: Mention | null,
): Mention | Title | null {
  let titleEnd = -1;
  for (let j = from; j <= to; j++) {
    const word = (tokens[j] as Token).text;
    if (TITLE_HEADS.has(word)) titleEnd = j;
    else if (!TITLE_MODIFIERS.has(word)) break;
  }
  const nameStart = Math.max(titleEnd + 1, from);
  const words = tokens.slice(nameStart, to + 1).map((t) => t.text);
  const firstToken = tokens[nameStart] as Token;
  const lastToken = tokens[to] as Token;
  const title =
    titleEnd >= from
      ? {
          start: (tokens[from] as Token).start,
          end: (tokens[titleEnd] as Token).end,
          text: text.slice((tokens[from] as Token).start, (tokens[titleEnd] as Token).end),
          qualifier,
        }
      : null;
  if (nameStart > to) return title;
  const headKind =
    words
      .slice()
      .reverse()
      .map(kindByHead)
      .find((k) => k !== null) ?? null;
  let personScore = 0;
  if (title) personScore += 0.6;
  if (isGivenName(words[0] ?? '')) personScore += 0.5;
  // Two to four capitalized words with nothing saying otherwise are, in news, mostly a person.
  // …unless the first word is an adjective of origin: "Asian Affairs", "Western Powers".
  const origin = /(an|ese|ish|ic)$/.test(words[0] ?? '') && !isGivenName(words[0] ?? '');
  if (words.length >= 2 && words.length <= 4 && !headKind && !origin) personScore += 0.5;
  if (words.some((w) => ALL_CAPS.test(w) && w.length > 1)) personScore -= 0.5;
  return {
    start: firstToken.start,
    end: lastToken.end,
    first: nameStart,
    last: to,
    entries: [],
    name: text.slice(firstToken.start, lastToken.end),
    kind: title || personScore >= 0.5 ? 'PERSON' : headKind,
    personScore: Math.max(0, Math.min(1, personScore)),
    title,
  };
}

/** Headlines and section headings: title-case lines with no full stop. Only known names count there. */
function headingParagraphs(tokens: Token[]): Set<number> {
  const stats = new Map<number, { words: number; caps: number; stop: boolean }>();
  for (const t of tokens) {
    const s = stats.get(t.paragraph) ?? { words: 0, caps: 0, stop: false };
    if (t.isWord) {
      s.words++;
      if (t.capitalized || NAME_CONNECTORS.has(t.text) || t.text.length <= 3) s.caps++;
    } else if (/[.!?:]/.test(t.text)) s.stop = true;
    stats.set(t.paragraph, s);
  }
  const headings = new Set<number>();
  for (const [p, s] of stats)
    if (!s.stop && s.words > 0 && s.caps / s.words >= 0.8) headings.add(p);
  return headings;
}
