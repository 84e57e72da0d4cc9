import type { ActorKind } from '@attest/knowledge';
import nlp from 'compromise';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * compromise ships a lexicon of some 3,700 given names; only the lexicon is used (its full
 * parse costs ~150 ms an article, wink's ~15 ms). A given name first in a name marks a person.
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one
  .lexicon;
export const isGivenName = (word: string) =>
  /Name$/.test(lexicon[word.toLowerCase()] ?? '') && lexicon[word.toLowerCase()] !== 'LastName';

/** Heads of titles written before a name: "Foreign Minister", "Secretary-General", "Professor". */
export const TITLE_HEADS = words(`
  President Minister Secretary Secretary-General Advisor Adviser Chancellor Ambassador Senator
  Governor Mayor Professor Prof. Director Director-General Chairman Chairwoman Chair Spokesman
  Spokeswoman Spokesperson Commander General Admiral Colonel Lieutenant Captain Major Sergeant
  Representative Rep. Sen. Gov. Dr. Mr. Mrs. Ms. Mx. Sir Dame Lord Lady King Queen Prince
  Princess Pope Premier Envoy Judge Justice CEO Chief Leader Speaker Coordinator Commissioner
  Attorney-General Rabbi Imam Bishop Cardinal Sheikh Emir Crown Vice-President Vice-Chancellor
`);

/** Words that may stand before a title head inside the title: "Deputy Foreign Minister". */
export const TITLE_MODIFIERS = words(`
  Foreign Prime Vice Deputy Defense Defence National Security Former Finance Interior Trade
  State Assistant Chief Executive Acting Economy Economic Health Justice Home Environment
  Education Energy Commerce Treasury Supreme Opposition Majority Minority Senior Special Under
  Principal Permanent Labour Labor Agriculture Culture Transport Digital Science Industry
  Development Affairs Cabinet Army Navy Air Force Joint Staff Lord Grand High First Second
  Managing General Secretary Attorney Crown Cyber Intelligence Chief-of-Staff European Foreign-Policy
`);

/** Lowercase role nouns: "spokeswoman Mao Ning", "a researcher at", "one diplomat said". */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson official officials diplomat diplomats minister ministers
  analyst analysts expert experts researcher professor adviser advisor aide aides source sources
  lawmaker lawmakers senator envoy ambassador president chairman director fellow economist
  scholar commentator correspondent reporter editor leader leaders officer officers general
  admiral commander secretary chancellor premier governor mayor representative negotiator
  strategist executive founder head chief lecturer ministry government agency statement spokespeople
`);

/** Last words of names that say what kind of actor the name is. */
const KIND_BY_HEAD: [ActorKind, Set<string>][] = [
  [
    'ORGANIZATION',
    words(`Institute Institution University College School Council Committee Commission Bank
      Fund Association Foundation Company Corporation Corp. Inc. Ltd. Group Center Centre Society
      Party Court Agency Authority Board Program Programme Service Services Trust Union Federation
      Chamber Forum Initiative Club Project Laboratory Lab Academy Movement Network Office Bureau
      Department Army Navy Forces Police Guard Guards Parliament Congress Senate Assembly Nations`),
  ],
  ['GOVERNMENT', words('Ministry Government Cabinet Administration Presidency Kremlin')],
  [
    'MEDIA',
    words(`Times Post News Journal Herald Tribune Gazette Telegraph Guardian Observer Review
      Magazine Press Daily Weekly Radio TV Television Broadcasting Network Monitor Standard Wire
      Reuters Bloomberg Economist Politico Axios Insider`),
  ],
  [
    'ALLIANCE',
    words(
      'Alliance Pact Coalition Bloc Quad Organisation Organization Partnership League Commonwealth Confederation Community Entente',
    ),
  ],
  ['COUNTRY', words('Republic Kingdom Emirates Principality Sultanate Duchy Confederacy')],
  [
    'EVENT',
    words(`Summit War Conference Games Olympics Election Elections Dialogue Exercise Exercises
      Crisis Revolution Talks Meeting Festival Cup Championship Invasion Operation Massacre Attack`),
  ],
  [
    'PLACE',
    words(`Sea Ocean Gulf River Lake Mountains Mountain Island Islands Strait Straits Region Valley
      Peninsula City Province State County District Bay Coast Desert Canal Square Street Airport
      Base Port Harbor Harbour Border Basin Plateau Delta`),
  ],
  [
    'DOCUMENT',
    words(`Treaty Agreement Accord Accords Concept Declaration Communique Communiqué Act Charter
      Convention Resolution Report Statement Strategy Doctrine Memorandum Protocol Plan Law Bill`),
  ],
];

/** The kind a name's last word gives it, if any: "Keio University" → ORGANIZATION. */
export function kindByHead(lastWord: string): ActorKind | null {
  for (const [kind, heads] of KIND_BY_HEAD) if (heads.has(lastWord)) return kind;
  return null;
}

/** Verbs that attribute speech (past, present and the -ing form that refers back to a subject). */
export const SPEECH_VERBS = words(`
  said says say told tells added adds argued argues noted notes wrote writes asked asks
  explained explains warned warns insisted insists stated states claimed claims declared
  declares continued recalled observed remarked replied responded acknowledged admitted
  conceded emphasized emphasised emphasizes stressed stresses suggested suggests countered
  cautioned predicted concluded commented announced announces tweeted posted wondered urged
  urges complained contended maintained criticised criticized criticises criticizes
  highlighted pointed vowed promised reiterated confirmed denied agreed
`);
export const SPEECH_PARTICIPLES = words(`
  saying adding noting arguing telling writing explaining warning insisting stating claiming
  declaring stressing emphasizing emphasising asking
`);

/** Capitalized words that open sentences and are never names by themselves. */
export const NEVER_NAMES = words(`
  The A An In On At But And Or Yet So Then There Here This That These Those His Her Their Our
  My Its It He She They We I You When While If As By For From With After Before During Since
  Although Though However Meanwhile What Who Which Why How Where Not No Yes Also Still Even Now
  Today Yesterday Tomorrow Last Next Some Many Most Both Each Every All Any Other Another Such
  According Despite Because Unlike Like Under Over Into Through Without Within Among Between
  Read More Related Leave Reply Top Latest Subscribe Newsletter Share Follow Click Sign Log
`);

/** Days, months and common acronyms: capitalized, tagged as proper nouns, never actors. */
export const NEVER_ACTORS = words(`
  GDP CEO AI TV PM AM OK COVID
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June
  July August September October November December
`);

/** Lowercase words that may sit inside a name: "Council on Foreign Relations". */
export const NAME_CONNECTORS = words(
  'of for on the de du des von van der den al bin la le da dos y &',
);

export const PRONOUNS = new Set(['he', 'she', 'they']);

/** Words before a name that make it a place rather than an actor acting: "in Tokyo". */
export const PLACE_PREPOSITIONS = words(
  'in to at from near into across around outside inside toward towards via',
);
