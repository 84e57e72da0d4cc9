import type { Actor, ClaimValue, PartialDate, Source } from '@attest/knowledge';

/** Small, predictable English: filling templates, dates, leads and lists. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023", "July 2023", "11 July 2023". */
export function formatDate({ value, precision }: PartialDate): string {
  const [year, month, day] = value.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  if (precision === 'YEAR') return year ?? value;
  if (precision === 'MONTH') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "In 2023", "In July 2023", "On 11 July 2023". */
export const timeLead = (date: PartialDate): string =>
  `${date.precision === 'DAY' ? 'On' : 'In'} ${formatDate(date)}`;

export const asOfLead = (date: PartialDate): string => `As of ${formatDate(date)}`;

/**
 * "Before 2017" for what held until then: true however late in 2017 it ended, where "Until 2017"
 * would claim it held to the last. "Until 2025" for what still holds, and "From 2009 until 2017"
 * when the start is known too.
 */
export const untilLead = (from: PartialDate | null, until: PartialDate, ended: boolean): string =>
  from
    ? `From ${formatDate(from)} until ${formatDate(until)}`
    : `${ended ? 'Before' : 'Until'} ${formatDate(until)}`;

/** "As reported in July 2024": when an event was told, for one the text gives no time of its own. */
export const reportedLead = (date: PartialDate): string =>
  `As reported ${date.precision === 'DAY' ? 'on' : 'in'} ${formatDate(date)}`;

/**
 * Whether a template states a standing state in the present tense ("{subject} leads …", "is a
 * member of", "may fund"), not an event ("attended", "was held in"). A date on such a statement
 * reads "As of 2017, Trump leads …": "In 2017, Trump leads …" mixes the tenses.
 */
export const statesAState = (template: string): boolean => PRESENT_VERB.test(template);

const PRESENT_VERB = /\{subject\} (?!was\b)(\w+s|may)\b/;

/**
 * A present-tense template put in the past, for a state that held at a time before the text
 * reporting it: "In 2017, Trump led the United States", not "As of 2017, Trump leads …". The
 * first finite verb changes: "{subject} leads" and "Who leads" become "led", "is" "was", "What
 * does {subject} lead?" "What did …".
 */
export function pastTense(template: string): string {
  const head = template.match(LEADING_VERB);
  if (head?.[2] && !(head[2] in PAST_AUXILIARY)) {
    return template.replace(
      LEADING_VERB,
      (_, before: string, verb: string) => `${before} ${pastOf(verb)}`,
    );
  }
  return template.replace(AUXILIARY, (word) => PAST_AUXILIARY[word] ?? word);
}

const LEADING_VERB = /^(\{subject\}|Who|What) (\w+s)\b/;
const AUXILIARY = /\b(is|are|does|do|has|may)\b/;
const PAST_AUXILIARY: Record<string, string> = {
  is: 'was',
  are: 'were',
  does: 'did',
  do: 'did',
  has: 'had',
  may: 'might',
};
const IRREGULAR_PAST: Record<string, string> = {
  leads: 'led',
  holds: 'held',
  sends: 'sent',
  plans: 'planned',
  says: 'said',
  meets: 'met',
  keeps: 'kept',
  runs: 'ran',
  makes: 'made',
  gets: 'got',
};

/** "covers" "covered", "pushes" "pushed", "supports" "supported", "leads" "led". */
function pastOf(verb: string): string {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}ied`;
  const stem = /(s|sh|ch|x|z)es$/.test(verb) ? verb.slice(0, -2) : verb.slice(0, -1);
  return stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
}

/**
 * A template for what is only planned: "{subject} is located in {object}" becomes "… is to be
 * located in …", "Where is {subject} located?" "Where is {subject} to be located?", and a verb in
 * -ing, which would say it is under way, its plain form: "is sending forces" becomes "is to send
 * forces" (a carrier due in two years is not being sent). Other verbs ("plans to open", "aims
 * to") say it themselves.
 */
export const planned = (template: string): string =>
  template.replace(
    /\b(is|are) (\{subject\} )?(?!to be\b)(\w+)\b/,
    (_, be: string, subject: string | undefined, word: string) =>
      `${be} ${subject ?? ''}to ${word.endsWith('ing') ? plainOf(word) : `be ${word}`}`,
  );

/**
 * The plain form of a verb in -ing: "sending" send, "shipping" ship, "waging" wage,
 * "negotiating" negotiate. English spelling does not say where an "e" was dropped, so this is the
 * rule that holds for most verbs: none after a doubled consonant; one after a single vowel and
 * consonant in a word of one syllable ("wag", not "visit" or "open"), and after -at, -iz, -v,
 * -rg, -dg ("negotiat", "organiz", "giv", "charg", "judg").
 */
export function plainOf(ing: string): string {
  const stem = ing.slice(0, -3);
  if (/([^aeiouls])\1$/.test(stem)) return stem.slice(0, -1);
  const oneSyllable = (stem.match(/[aeiouy]+/g) ?? []).length === 1;
  if (oneSyllable && /[^aeiou][aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`;
  if (/(at|iz|v|[^aeiou]c|[^aeioulny]g|dg)$/.test(stem)) return `${stem}e`;
  return stem;
}

const texts = new WeakMap<ClaimValue, string>();

/** "11 July 2023", "2 percent", "31,000 troops", or the text itself. */
export function valueText(value: ClaimValue): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = formatValue(value);
    texts.set(value, text);
  }
  return text;
}

/** Counts under ten are written out before a unit of things ("one person"), not of measure. */
const SMALL_COUNTS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function formatValue(value: ClaimValue): string {
  if (value.kind === 'text') return value.text;
  if (value.kind === 'date') return formatDate(value.date);
  const count = SMALL_COUNTS[value.number];
  if (count && value.unit !== null && !/^(%|percent)/.test(value.unit)) {
    return `${count} ${value.unit}`;
  }
  const unit = value.unit === null ? '' : value.unit === '%' ? '%' : ` ${value.unit}`;
  const [whole = '', fraction] = String(value.number).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fraction === undefined ? grouped : `${grouped}.${fraction}`}${unit}`;
}

/**
 * An actor's name as it reads inside a sentence: "The AP4" becomes "the AP4", "An anonymous
 * diplomat" "an anonymous diplomat". Names are curated to read well at the start of a line.
 */
export function nameInSentence(actor: Actor): string {
  let name = inSentence.get(actor);
  if (name === undefined) {
    name = TAKES_THE.test(actor.name)
      ? `the ${actor.name}`
      : actor.name.replace(/^(The|A|An|Two|Three|Four|Some|Several) /, (w) => w.toLowerCase());
    inSentence.set(actor, name);
  }
  return name;
}

const inSentence = new WeakMap<Actor, string>();

/** Country names that read with "the" in running text ("the United States"). */
const TAKES_THE =
  /^(United (States|Kingdom|Nations|Arab Emirates)|Netherlands|Philippines|Bahamas|Gambia)\b/;

/**
 * How a source is named to learners: "Foreign Policy", or the title in quotes; a publisher with
 * a comma in its name ("I Read, I Write, You Know") is quoted too, so the sentence still parses,
 * and a blog says it is one ("the blog “I Read, I Write, You Know”"): its name alone reads as
 * anything but a source.
 */
export const sourceName = (source: Source): string => {
  if (source.publisher === null) return titleOf(source);
  if (source.genre === 'BLOG') return `the blog “${source.publisher}”`;
  return source.publisher.includes(',') ? `“${source.publisher}”` : source.publisher;
};

/** A source as an option: title and publisher, so two pieces by one publisher stay apart. */
export const sourceLabel = (source: Source): string =>
  source.publisher === null
    ? capitalize(titleOf(source))
    : `${capitalize(titleOf(source))} (${source.publisher})`;

/**
 * A headline in quotation marks; a title in square brackets is supplied by the base for a text
 * without one (the librarian's convention), and reads as a description: "an untitled opinion
 * piece on …".
 */
function titleOf(source: Source): string {
  const supplied = SUPPLIED_TITLE.exec(source.title);
  return supplied ? (supplied[1] as string) : `“${source.title}”`;
}

const SUPPLIED_TITLE = /^\[(.+)\]$/;

export function fillTemplate(template: string, parts: { subject?: string; object?: string }) {
  return template
    .replaceAll('{subject}', parts.subject ?? '{subject}')
    .replaceAll('{object}', parts.object ?? '{object}');
}

/** The actor as a template's subject, the verb agreeing: "two officials oppose", not "opposes". */
export function fillSubject(template: string, subject: Actor, object?: string): string {
  const plural = readsPlural(subject.name);
  const agreed = plural ? agreeWithPlural(template) : template;
  return fillTemplate(agreed, {
    subject: nameInSentence(subject),
    object: object && ownedBy(subject, object, plural ? 'their' : 'its'),
  });
}

/**
 * An object that the subject owns, by name, takes the possessive pronoun: "Japan planned to open
 * its mission to NATO", not "… Japan's mission". A person's pronoun is not known: left as is.
 */
function ownedBy(subject: Actor, object: string, pronoun: string): string {
  if (subject.kind === 'PERSON') return object;
  const name = nameInSentence(subject);
  for (const apostrophe of ["'s ", '’s ']) {
    if (object.startsWith(`${name}${apostrophe}`)) {
      return `${pronoun} ${object.slice(name.length + apostrophe.length)}`;
    }
  }
  return object;
}

/**
 * Whether a name reads as plural: it starts with a number ("Two anonymous NATO officials") or
 * ends in a plural common noun ("Donald Trump's acolytes"). Proper names end capitalized.
 */
export function readsPlural(name: string): boolean {
  if (/^(Two|Three|Four|Five|Several|Some|Many) /.test(name)) return true;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return /^\p{Ll}.*[^isu]s$/u.test(last) && !SINGULAR_IN_S.has(last);
}

const SINGULAR_IN_S = new Set(['headquarters', 'news', 'series', 'species']);

const PLURAL_OF: Record<string, string> = { does: 'do', is: 'are', has: 'have', was: 'were' };

/** The template's verb in the plural: "{subject} opposes" and "What does {subject}…" agree. */
function agreeWithPlural(template: string): string {
  return template
    .replace(/\b(does|is|has|was) \{subject\}/, (_, verb: string) => `${PLURAL_OF[verb]} {subject}`)
    .replace(/\{subject\} (\S+)/, (_, verb: string) => `{subject} ${pluralVerb(verb)}`);
}

function pluralVerb(verb: string): string {
  const irregular = PLURAL_OF[verb];
  if (irregular) return irregular;
  if (/(ss|sh|ch|x|z|o)es$/.test(verb)) return verb.slice(0, -2);
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/[^s]s$/.test(verb)) return verb.slice(0, -1);
  return verb;
}

/**
 * A question asked of a list, in the plural: "Which country is sending forces to …?" becomes
 * "Which countries are sending forces to …?"; asked of the object, only the noun changes, as
 * the verb agrees with the subject ("Which wars is Russia waging?", "What positions does …").
 * Questions with "who" or "what" alone read right either way and are left as they are.
 */
export function askedOfMany(question: string, asked: 'subject' | 'object'): string {
  return question.replace(
    /^(Which|What) (\p{Ll}+)( (?:is|was|has|does)\b)?/u,
    (whole, wh: string, noun: string, verb = '') => {
      if (QUESTION_VERBS.has(noun) || (wh === 'What' && verb === '')) return whole;
      const agreed = asked === 'subject' && verb ? ` ${PLURAL_OF[verb.trim()]}` : verb;
      return `${wh} ${pluralNoun(noun)}${agreed}`;
    },
  );
}

const QUESTION_VERBS = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'will']);

function pluralNoun(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Words that may lose their capital when a lead goes before them; anything else may be a name. */
const COMMON_FIRST_WORDS = new Set(
  (
    'who whom whose what which when where why how is are was were do does did has have had ' +
    'will would can could should may might the a an in on at to for of by with this that ' +
    'these those there it its some many one two three four five several'
  ).split(' '),
);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Lowercases the first word of a sentence when it is a common word (never a name). */
export function decapitalize(sentence: string): string {
  let end = 0;
  while (end < sentence.length && isAsciiLetter(sentence.charCodeAt(end))) end++;
  const first = sentence.slice(0, end);
  const lower = first.toLowerCase();
  // Only a plainly capitalized common word: "WHO" or "NATO" stay as they are.
  if (!COMMON_FIRST_WORDS.has(lower) || first.slice(1) !== lower.slice(1)) return sentence;
  return lower + sentence.slice(end);
}

/**
 * Puts leads ("According to X", "In 2023") before a sentence: "In 2023, who blocked …?" A date
 * whose year the sentence already names goes: not "In 2023, who attended the 2023 summit?"
 */
export function withLeads(sentence: string, leads: readonly string[]): string {
  let text = '';
  // Leads are our own phrases ("In 2023", "As of July 2024"): their first word is never a name.
  for (const lead of leads) {
    if (yearAlreadyNamed(lead, sentence)) continue;
    text += text === '' ? lead : `, ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`;
  }
  return text === '' ? capitalize(sentence) : capitalize(`${text}, ${decapitalize(sentence)}`);
}

const DATE_LEAD = /^(?:In|On|As of|As reported in|As reported on) (?:.* )?(\d{4})$/;

function yearAlreadyNamed(lead: string, sentence: string): boolean {
  const year = DATE_LEAD.exec(lead)?.[1];
  if (!year) return false;
  const at = sentence.indexOf(year);
  // As a word of its own: "2023" in "the 2023 NATO summit", not in "12023" or "2023-24".
  return at >= 0 && !/\w/.test(sentence.charAt(at - 1)) && !/[\w-]/.test(sentence.charAt(at + 4));
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A full stop, question or exclamation mark, maybe inside a closing quotation mark. */
export const ENDS_A_SENTENCE = /[.?!]["”’]?$/;

/** Ends a clause as a sentence: one final period, kept when it already ends in ?, ! or a quote. */
export function asSentence(clause: string): string {
  const trimmed = clause.trim();
  return ENDS_A_SENTENCE.test(trimmed) ? trimmed : `${trimmed}.`;
}

const KIND_PLURALS: Record<Actor['kind'], string> = {
  PERSON: 'people',
  COUNTRY: 'countries',
  GOVERNMENT: 'governments',
  ORGANIZATION: 'organizations',
  ALLIANCE: 'alliances',
  PLACE: 'places',
  MEDIA: 'media outlets',
  EVENT: 'events',
  INITIATIVE: 'initiatives',
  DOCUMENT: 'documents',
};

export const kindPlural = (kind: Actor['kind']): string => KIND_PLURALS[kind];

// A curly mark against another mark: two straight ones in a row may close one quote and open the next.
const DOUBLED_OPENING = /“\s*[“"]|"\s*“/g;
const DOUBLED_CLOSING = /[”"]\s*”|”\s*"/g;
const ANY_QUOTE_MARK = /[“”"]/;

/**
 * One quotation mark where a template's marks meet a quote's own: "said “{object}”" filled with
 * “We have to move forward” reads “We have to move forward”, not “ “We have … ” ”.
 */
export function singleQuoteMarks(text: string): string {
  if (!ANY_QUOTE_MARK.test(text)) return text;
  return text.replace(DOUBLED_OPENING, '“').replace(DOUBLED_CLOSING, '”');
}
