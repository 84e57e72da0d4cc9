import { type Entry, formKey, type Gazetteer } from './gazetteer.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';

const EVENT_HEADS =
  /^(summit|conference|talks|games|elections?|war|forum|communiqués?|declaration)$/;
const EVENT_HOSTS = new Set(['PLACE', 'COUNTRY', 'ALLIANCE', 'ORGANIZATION']);

/**
 * Events named by a place or group and a lowercase noun: "the Washington summit", "the NATO
 * summit in Vilnius". Returned as extra mentions: the place or group inside stays a mention too.
 */
export function eventMentions(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  g: Gazetteer,
): Mention[] {
  const at = new Map(mentions.map((m) => [m.first, m]));
  const out: Mention[] = [];
  for (const place of mentions) {
    // "its war in Ukraine", "the war on Ukraine".
    const war = tokens[place.first - 2];
    if (
      place.kind === 'COUNTRY' &&
      war?.text === 'war' &&
      /^(in|on|against)$/.test(tokens[place.first - 1]?.text ?? '')
    ) {
      const name = text.slice(war.start, place.end);
      const entries = g.lookup(formKey(name)) ?? [];
      out.push({
        start: war.start,
        end: place.end,
        first: war.index,
        last: place.last,
        entries,
        name,
        kind: 'EVENT',
        personScore: 0,
        title: null,
      });
    }
  }
  for (const host of mentions) {
    if (!host.kind || !EVENT_HOSTS.has(host.kind)) continue;
    const head = tokens[host.last + 1];
    if (!head || !EVENT_HEADS.test(head.text)) continue;
    let last = head.index;
    // "summit in Vilnius": the place it is held in belongs to the name.
    const place = tokens[last + 1]?.text === 'in' ? at.get(last + 2) : undefined;
    if (place && (place.kind === 'PLACE' || place.kind === 'COUNTRY')) last = place.last;
    const end = (tokens[last] as Token).end;
    const name = text.slice(host.start, end);
    const entries = g.lookup(formKey(name)) ?? [];
    out.push({
      start: host.start,
      end,
      first: host.first,
      last,
      entries,
      name,
      kind:
        entries[0]?.kind ?? (/^(communiqués?|declaration)$/.test(head.text) ? 'DOCUMENT' : 'EVENT'),
      personScore: 0,
      title: null,
    });
  }
  return out;
}

/**
 * "Beijing’s Foreign Ministry" is the Chinese Foreign Ministry: a country's possessive before a
 * new name links that name to a known actor under the country's demonym.
 */
export function linkPossessives(tokens: Token[], mentions: Mention[], g: Gazetteer): void {
  const ending = new Map(mentions.map((m) => [m.last, m]));
  for (const mention of mentions) {
    if (mention.entries.length > 0) continue;
    if (!/^[’']s$/.test(tokens[mention.first - 1]?.text ?? '')) continue;
    const owner = ending.get(mention.first - 2);
    const country = owner?.entries.find((e: Entry) => e.country)?.country;
    if (!country) continue;
    for (const demonym of country.demonyms) {
      const entries = g.lookup(formKey(`${demonym} ${mention.name}`));
      if (entries) {
        mention.entries = entries;
        mention.kind = entries[0]?.kind ?? mention.kind;
        break;
      }
    }
  }
}
