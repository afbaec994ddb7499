// The language and world knowledge the pipeline reads — lexicons per language and gazetteer rows — as types, and
// their validation. Pure: the composition root reads the files (src/seed.ts) and hands the parsed JSON to
// parseKnowledge, so a misspelt cue or a malformed row fails at load, never as a silent miss in extraction.
import type { ParticipationRole } from '../domain.js';
import { PARTICIPATION_ROLES } from '../domain.js';
import { AppError } from '../errors.js';
import { standingRole } from './rows.js';

/** Every cue category a lexicon may define; the pipeline asks only for these (hasCue takes a CueName). */
export const CUE_NAMES = [
  'according',
  'accordingBefore',
  'afterComma',
  'alsoJoin',
  'anonymousSource',
  'appeal',
  'arrive',
  'attend',
  'between',
  'byWord',
  'capitalAfter',
  'capacity',
  'capitalOf',
  'citing',
  'closing',
  'clauseBreak',
  'closingSession',
  'content',
  'coChair',
  'coChairPair',
  'createdBody',
  'companion',
  'comparedWith',
  'continue',
  'copula',
  'dateFiller',
  'dayOfMeeting',
  'dayNoun',
  'delegateTitle',
  'delegation',
  'differ',
  'discourse',
  'documentNoun',
  'earlier',
  'employerOf',
  'ellipsis',
  'eventAnaphor',
  'forActor',
  'forPerson',
  'former',
  'respectively',
  'endedVerb',
  'endVerb',
  'formatGeneral',
  'fromStandard',
  'future',
  'gather',
  'guarantor',
  'guarantorTrio',
  'head',
  'headActive',
  'headAdverbial',
  'headAfterName',
  'headFronted',
  'groupPossessive',
  'history',
  'indefinite',
  'host',
  'institution',
  'hostBy',
  'latest',
  'latestOfCount',
  'launchFirst',
  'launchVerb',
  'launchWork',
  'launchWorkObject',
  'leaderTitle',
  'lightVerb',
  'locPrep',
  'mediaRef',
  'mediate',
  'meeting',
  'meetWith',
  'meetingDual',
  'meetingPlural',
  'meetAgain',
  'meetingObject',
  'membership',
  'ministry',
  'monthPart',
  'monthWord',
  'negation',
  'negParticle',
  'negRaise',
  'next',
  'notActor',
  'notSpeech',
  'office',
  'officeWord',
  'observer',
  'ofItsKind',
  'opening',
  'ordinalSuffix',
  'otherMeeting',
  'otherSeries',
  'outcome',
  'ownerPossessive',
  'participate',
  'partyNoun',
  'partyPair',
  'partyTrio',
  'participle',
  'passiveAgent',
  'passiveAux',
  'passiveSpeech',
  'past',
  'possessedSpeech',
  'possessedTitle',
  'genitiveEnding',
  'precededIt',
  'predecessor',
  'predicateCopula',
  'predicateOrdinal',
  'preparatoryMeeting',
  'prep',
  'preparing',
  'preparatory',
  'priorCount',
  'previous',
  'pronoun',
  'pronounSource',
  'quoteIntro',
  'rangeJoin',
  'readOut',
  'reciprocal',
  'relative',
  'roleRef',
  'roundAdjective',
  'roundFiller',
  'secondDay',
  'sequenceRef',
  'send',
  'seriesFrame',
  'speech',
  'speechNoun',
  'sponsor',
  'startedForm',
  'startedVerb',
  'stop',
  'subMeeting',
  'thatMeeting',
  'theseMeetings',
  'thisMeeting',
  'thisYear',
  'timeUnit',
  'timesNoun',
  'title',
  'titleObject',
  'titleSuffix',
  'titleTo',
  'titleWord',
  'topic',
  'topicAfter',
  'underWay',
  'upcoming',
  'without',
  'yearEnd',
  'yearWord',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

/** Every table of phrases that carry a number (ordinals, months, relative days ...). */
export const VALUE_NAMES = [
  'cardinal',
  'dayOrdinal',
  'durationDays',
  'half',
  'month',
  'ordinal',
  'relday',
  'relmonth',
  'relyear',
  'weekday',
] as const;
export type ValueName = (typeof VALUE_NAMES)[number];

/** One language's lexicon: cue phrases by category, and phrases that carry a number (ordinals, months...). */
export interface Lexicon {
  lang: string;
  /** Verb-subject order (Arabic, Persian reported speech): the speaker follows the speech verb. */
  verbFirst: boolean;
  /** Digits before a meeting noun count meetings ("13 جولة") rather than number one. */
  digitsBeforeNounCount: boolean;
  /**
   * Modifiers and possessors stand before their noun (Turkish "dörtlü toplantının 8. turu"): an ordinal word after a
   * meeting noun does not number it ("turu ... ilk olarak" is "firstly"), and the meeting a round belongs to is named
   * before it.
   */
  modifiersBeforeNoun?: boolean;
  /**
   * Adjectives follow their noun (Arabic "الوفد الروسي", French "la délégation russe"): a state's adjective right
   * before a meeting noun ("وسيحضر المبعوث الروسي المحادثات") ends the subject, it does not qualify the meeting.
   */
  adjectivesAfterNoun?: boolean;
  /**
   * An ordinal right before a plural meeting noun names one of them (Arabic "خامس جولات اللجنة", "the fifth of the
   * committee's rounds"): the fifth round.
   */
  ordinalBeforePlural?: boolean;
  /**
   * Adjectives follow their noun and a round's ordinal follows them (Arabic "الاجتماع الدولي رفيع المستوى الـ12",
   * Hebrew "הסבב הבינלאומי ה-12"): words no lexicon knows between a meeting noun and a marked ordinal are its adjectives.
   */
  ordinalAfterAdjectives?: boolean;
  /**
   * A period right after a number marks it as an ordinal (German "am 23. Januar", Turkish "6. tur"), so it ends no
   * sentence; elsewhere "... on January 23-24. The second round ..." ends one there.
   */
  dotOrdinals?: boolean;
  /** The verb stands second in a main clause (German "Am Montag sagte er"): a pronoun after it may be its subject. */
  verbSecond?: boolean;
  /** The verb ends its clause (Turkish, Persian): a subject set off by a comma may open the sentence. */
  verbFinal?: boolean;
  /**
   * A subject pronoun is left out (Spanish "Dijo que …", Italian "Ha detto che …"): a verb opening its sentence with
   * no subject continues the person the text is about.
   */
  proDrop?: boolean;
  /**
   * The subject stands before its verb except where the verb is inverted after a quote or a comma (English): a verb
   * whose clause opens with words of its own has its subject there, never a person after it.
   */
  subjectBeforeVerb?: boolean;
  cues: Partial<Record<CueName, string[]>>;
  values: Partial<Record<ValueName, Record<string, number>>>;
  /** Inflection of verbs written as one word (Arabic "سيقود", "يمثلها"): the dictionary adds these forms of the cues. */
  verbAffixes?: VerbAffixes;
  /** Possessive endings of nouns written as one word (Arabic "دورته", "جولتها"): the dictionary adds these forms. */
  nounAffixes?: NounAffixes;
  /** Words a full stop abbreviates ("Mr.", "Dr.", "г."): the stop after them does not end the sentence. */
  abbreviations?: string[];
  /** Words written with clitics on them (Arabic "وبالمفاوضات", Hebrew "ובמפגש"): how to read them without. */
  clitics?: Clitics;
  /** Case and agreement endings of the language's one-word state names and demonyms (see NameForms). */
  nameForms?: NameForms;
  /**
   * How the language names a state's government ("{demonym} government", "دولت {name}", "gouvernement {demonym}"):
   * each pattern with every name or demonym of a state in the language is a name of that state, so "the Turkish
   * government" is Turkey as a whole, not Turkey next to some government.
   */
  stateGovernment?: string[];
  /**
   * Small words inside personal names between the capitalized parts ("bin", "von", "عبد"): a name run goes on over
   * them. Read from every lexicon at once, since a name keeps its particles in an article of any language.
   */
  nameConnectors?: string[];
  /** How names written in the language (and its script) are keyed so that spellings of one name agree. */
  nameSpelling?: NameSpelling;
  /**
   * How an article that does not say its language is told to be in this one by its script: a letter of `script`
   * (two hex code points) anywhere; of languages sharing a script, one of its own `letters` tells it, else it is the
   * one that lists none.
   */
  detection?: { script: [string, string]; letters?: string[] };
  /** The light stemmer statement search folds the language's words with (see SearchStemming in store/search.ts). */
  searchStemming?: SearchStemming;
}

/**
 * How person names of a language are keyed for matching across spellings and scripts (stage 5a, spelling.ts). A
 * script of its own (`script`) is keyed either by romanization (`latin`, with `caseEndings`) or, where foreign names
 * have no fixed spelling, by a consonant skeleton (`skeletonVowels`); `latinRewrites` and `keyRewrites` adjust the
 * Latin key of the language's own Latin spellings.
 */
export interface NameSpelling {
  /** First and last code point (hex) of the script these rows are for: ["0400", "04FF"]. */
  script?: [string, string];
  /** Letters of the script as the Latin key spells them (ж → "j", х → "h"); unlisted letters drop out. */
  latin?: Record<string, string>;
  /** Case endings of names, longest first ("Абдрахманова" → "Абдрахманов"): a key is also made without one. */
  caseEndings?: string[];
  /** Long vowels a consonant skeleton drops after the first letter ("لافرينتيف", "لافرنتييف" agree). */
  skeletonVowels?: string[];
  /** A skeleton key names a gazetteer surname only from this many letters (shorter ones are common words). */
  skeletonShortest?: number;
  /** Word beginnings read as clitics, never a given name, where no capital marks names ("ال", "و", "ل"). */
  notGivenName?: string[];
  /** Rewrites of the written word before it is keyed, in order, any case (Turkish writes the "j" sound as "c"). */
  latinRewrites?: [string, string][];
  /** Rewrites of the lower-case Latin letters of the key, in order (Spanish writes "kh" as "j"). */
  keyRewrites?: [string, string][];
  /**
   * Another language whose spelling this one's press also copies as it is: a name whose key the rewrites change is
   * keyed both ways (Spanish "Abdrajmánov" is "kh", but "Jafari" is the French and English "j").
   */
  alsoSpelledAs?: string;
}

/**
 * One language's light stemmer for statement search, as lexicon rows: plain data, so a store hands
 * it to its writer thread as it is (store/search.ts applies it).
 */
export interface SearchStemming {
  /** Code point ranges (hex) of the letters a word must be written in, all of it, to be stemmed: [["0621", "064A"]]. */
  letters: [string, string][];
  /** Checked in this order; only the first that fits is removed ("وال" before "و"). */
  prefixes: string[];
  /** Each tried once, in this order, on what the previous ones left. */
  suffixes: string[];
  /** A stem keeps at least this many letters. */
  shortestStem: number;
  /** A one-letter prefix is removed only from words of this many letters or more. */
  shortestWithLetter: number;
}

/** What a proclitic does: the conjunction, the preposition (Hebrew's relative ש too), or the article. */
export const PROCLITIC_FUNCTIONS = ['conjunction', 'preposition', 'article'] as const;
export type ProcliticFunction = (typeof PROCLITIC_FUNCTIONS)[number];

/**
 * The clitics a language writes on its words. A word is read as itself and without each sequence of proclitics in
 * `proclitics` order, at most one form of each; a reading reached only by removing an article is a definite-only
 * reading ("السورية" read as "سورية", the adjective). Readings shorter than `shortest` letters are dropped.
 */
export interface Clitics {
  /** First and last code point (hex) of the letters whose words carry these clitics: ["0600", "06FF"]. */
  script: [string, string];
  shortest: number;
  proclitics: Proclitic[];
  /** Proclitics that say to whom something is said ("لعنب بلدي"): such a word after a name ends it. */
  addressee?: string[];
  /** Proclitics that, written on a place name, put the event there ("بأستانا", in Astana). */
  locative?: string[];
  /** Personal names never open with the article (Arabic given names carry none): a run opening with it is no name. */
  articleOpensNoName?: boolean;
}

export interface Proclitic {
  function: ProcliticFunction;
  forms: string[];
  /** The forms that mean "and" and so join list items ("وإيران B"); a conjunction's only. */
  and?: string[];
  /** A form fused with the next proclitic, and what it reads as without this one: "لل" (ل + ال) reads "ال". */
  contractions?: Record<string, string>;
}

/**
 * How a language inflects the one-word names of states and their adjectives: Russian "Иран" is also "Ирана",
 * "Ираном", "российский" also "российского", "российскими"; German "Russland" also "Russlands", "russische" also
 * "russischem"; Kazakh "Ресей" also "Ресейдің", "Ресейге". The dictionary adds these forms of the language's own names
 * at knowledge load, so a case the gazetteer does not list is still the state.
 */
export interface NameForms {
  name?: EndingRule[];
  demonym?: EndingRule[];
}

/**
 * A word ending in one of `endings` ("" = any ending, unless it ends in one of `except`) takes each of `forms` in
 * place of that ending. Of the rules that fit a word, the one with the longest ending applies.
 */
export interface EndingRule {
  endings: string[];
  except?: string[];
  forms: string[];
}

/**
 * A future or tense prefix joined to a verb that begins with one of `before` ("س" + "يقود"), and object pronouns
 * joined to its end ("يمثل" + "ها"), for the cue categories listed in `cues`.
 */
export interface VerbAffixes {
  prefixes: string[];
  before: string[];
  suffixes: string[];
  cues: CueName[];
}

/**
 * Possessive pronouns joined to the end of a one-word noun ("جولة" + "ها" = "جولتها", "its round") for the cue
 * categories listed in `cues`; `bound` rewrites the noun's last letter before an ending (taa marbuta "ة" → "ت"), and
 * nouns that begin with one of `definite` (the article "ال") take no possessive.
 */
export interface NounAffixes {
  suffixes: string[];
  bound: Record<string, string>;
  definite: string[];
  cues: CueName[];
}

export interface StateRow {
  iso3: string;
  /** Country names (besides those of i18n-iso-countries) and capitals, per language. */
  names: Record<string, string[]>;
  demonyms?: Record<string, string[]>;
  /** Phrases that alone denote the state's government or delegation ("النظام السوري", "Syrian government"). */
  strong?: Record<string, string[]>;
}

export interface ActorRow {
  id: string;
  kind: 'ORGANIZATION' | 'PERSON';
  name: string;
  names: Record<string, string>;
  aliases: string[];
  title?: string;
  affiliation?: string;
  /** External ids from reliable sources only (never guessed). */
  wikidata?: string;
}

export interface PlaceRow {
  id: string;
  name: string;
  country: string | null;
  names: string[];
  /** The seat of its country's government: "Moscow, Tehran and Ankara" in a list stand for the three states. */
  capital?: boolean;
}

/** How a series' meetings are numbered besides "the 20th round": "Astana-14"/"جنيف 4", "6. Astana", "Geneva IV". */
export const NUMBER_FORMS = ['afterName', 'beforeName', 'roman'] as const;
export type NumberForm = (typeof NUMBER_FORMS)[number];

/** An actor's standing role in a series: the role it has at any of its meetings unless the text says another. */
export interface SeriesMember {
  actor: string;
  /** HOST is given only when the text says the actor hosts; such a member is never placed by default. */
  role: ParticipationRole;
  /** The member's delegation has a co-chair of the series, so "the co-chairs" at a meeting name it as attending. */
  chairs?: boolean;
  /**
   * The persons (actor ids) who lead the member's delegation by their standing, a mediator's envoys: when given, its
   * other people (a deputy, a spokeswoman) head nothing unless the text says so.
   */
  envoys?: string[];
}

/** What became of a known meeting: held (the default), or called off before it met. */
export const CALENDAR_STATUSES = ['HELD', 'CANCELLED'] as const;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

/** A known meeting of the series, with the public source the row was taken from. */
export interface CalendarRow {
  round: number;
  start?: string;
  end?: string;
  /** A place id of places.json. */
  place?: string;
  status?: CalendarStatus;
  /** The day it was called off: from then on, a report of this meeting is of one that never met. */
  cancelled?: string;
  source: string;
}

/** A numbered series of meetings (a format, a process, a committee): everything extraction knows of it is here. */
export interface SeriesRow {
  id: string;
  name: string;
  /** Names that alone denote the series, per language ("Astana process", "اللجنة الدستورية"). */
  names: Record<string, string[]>;
  /** Names that denote it only next to one of its meetings ("Geneva II", "جنيف 4", "the eighth round of the committee"). */
  shortNames?: Record<string, string[]>;
  /** Phrases that name one of its meetings and the series at once ("International Meeting on Syria"). */
  meetingNames?: Record<string, string[]>;
  /** The nouns its meetings go by, per language (round, session, جولة، دورة ...): they decide between series. */
  nouns: Record<string, string[]>;
  numbers: NumberForm[];
  /**
   * Its meetings named by name and number ("Geneva II", "جنيف 4") are conferences with rounds and sessions of their
   * own: in an article naming one, "the second round" that no series name claims is one of those, not a series round.
   */
  conferenceRounds?: boolean;
  /**
   * The day the series was first spoken of (agreed, announced: "YYYY-MM-DD"). In an article written before it, its
   * names are ordinary words ("الدستورية", constitutional, of a 2017 agenda) and name no series.
   */
  namedFrom?: string;
  /** Places (ids) its meetings are held at: named with a meeting word and a member, they name the series too. */
  venues?: string[];
  members: SeriesMember[];
  calendar?: CalendarRow[];
  /**
   * The bodies of the series that sit at its meetings, by their seats: a sentence telling how one of them is made up
   * names who sits at the meeting an article reports when that body sits there (a committee's whole membership only
   * at the meetings listed in `rounds`, its drafting body at every one).
   */
  bodies?: SittingBody[];
}

/** A body that sits at a series' meetings: its seats, each side's share of them, and the rounds it sits at (none: all). */
export interface SittingBody {
  seats: number;
  share?: number;
  rounds?: number[];
}

export interface Knowledge {
  lexicons: Record<string, Lexicon>;
  states: StateRow[];
  /** Country names per ISO3 and language from i18n-iso-countries. */
  countryNames: Record<string, Record<string, string[]>>;
  /**
   * Country names per ISO3 in the other locales i18n-iso-countries ships: read only for an article in a language
   * with no lexicon (unseen/names.ts), so the languages we have lexicons for see exactly `countryNames`.
   */
  otherCountryNames?: Record<string, Record<string, string[]>>;
  actors: ActorRow[];
  places: PlaceRow[];
  series: SeriesRow[];
  /** Conventions of scripts, not of languages: quotation marks and numerals written in letters (unseen/). */
  scripts?: ScriptsRow;
}

/** gazetteer/scripts.json: what is read the same in every language written in a script. */
export interface ScriptsRow {
  /** Opening and closing marks of a quotation (folded: every double mark is '"'). */
  quotes: [string, string][];
  /** Numerals written in letters: digits 0-9, the sign of ten ("十一" 11, "二十" 20), other forms of some digits. */
  numerals: {
    script: string;
    digits: string[];
    ten: string;
    alsoZero?: string[];
    alsoTwo?: string[];
    /** Letters before a numeral that make it an ordinal ("第三"): a lone digit letter is read only after one. */
    ordinalPrefix?: string[];
  }[];
  /**
   * Verbs of reported speech of languages with no lexicon, by language ("밝혔다", "表示"): the unseen fallback reads a
   * statement where one follows a known person in its sentence (subject before verb in each such language listed).
   */
  speech?: Record<string, string[]>;
}

/** The knowledge files as parsed JSON, before validation; `source` names each for error messages. */
export interface RawKnowledge {
  lexicons: { source: string; data: unknown }[];
  states: unknown;
  actors: unknown;
  places: unknown;
  series: unknown;
  countryNames: Knowledge['countryNames'];
  otherCountryNames?: Knowledge['countryNames'];
  scripts?: unknown;
}

class Check {
  constructor(readonly where: string) {}

  fail(message: string): never {
    throw new AppError('INVALID_KNOWLEDGE', `${this.where}: ${message}`);
  }

  at(key: string | number): Check {
    return new Check(`${this.where}${typeof key === 'number' ? `[${key}]` : `.${key}`}`);
  }

  object(v: unknown): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail('expected an object');
    return v as Record<string, unknown>;
  }

  array(v: unknown): unknown[] {
    if (!Array.isArray(v)) this.fail('expected an array');
    return v;
  }

  string(v: unknown): string {
    if (typeof v !== 'string' || v === '') this.fail('expected a non-empty string');
    return v;
  }

  boolean(v: unknown): boolean {
    if (typeof v !== 'boolean') this.fail('expected true or false');
    return v;
  }

  /** A whole number from 1 (a least length). */
  count(v: unknown): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) this.fail('expected a whole number from 1');
    return v;
  }

  strings(v: unknown): string[] {
    return this.array(v).map((x, i) => this.at(i).string(x));
  }

  /** Strings that may be empty (word endings: "" is no ending). */
  endings(v: unknown): string[] {
    return this.array(v).map((x, i) => (typeof x === 'string' ? x : this.at(i).fail('expected a string')));
  }

  /** { lang: [phrase, ...] } */
  stringLists(v: unknown): Record<string, string[]> {
    const o = this.object(v);
    for (const [k, x] of Object.entries(o)) this.at(k).strings(x);
    return o as Record<string, string[]>;
  }

  oneOf<T extends string>(v: unknown, allowed: readonly T[]): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
      this.fail(`"${String(v)}" is not one of ${allowed.join(', ')}`);
    return v as T;
  }

  /** An object whose keys must all be known names. */
  keys(v: unknown, allowed: readonly string[]): Record<string, unknown> {
    const o = this.object(v);
    for (const k of Object.keys(o)) this.at(k).oneOf(k, allowed);
    return o;
  }
}

function lexicon(c: Check, v: unknown): Lexicon {
  const o = c.object(v);
  const cues = c.at('cues').keys(o.cues, CUE_NAMES);
  for (const [k, x] of Object.entries(cues)) c.at('cues').at(k).strings(x);
  const values = c.at('values').keys(o.values, VALUE_NAMES);
  for (const [k, x] of Object.entries(values)) {
    const table = c.at('values').at(k).object(x);
    for (const [w, n] of Object.entries(table))
      if (typeof n !== 'number') c.at('values').at(k).at(w).fail('expected a number');
  }
  optional(o, 'verbAffixes', (x) => {
    const a = c.at('verbAffixes').object(x);
    for (const k of ['prefixes', 'before', 'suffixes']) c.at('verbAffixes').at(k).strings(a[k]);
    c.at('verbAffixes')
      .at('cues')
      .array(a.cues)
      .forEach((n, i) => c.at('verbAffixes').at('cues').at(i).oneOf(n, CUE_NAMES));
  });
  optional(o, 'nounAffixes', (x) => {
    const a = c.at('nounAffixes').object(x);
    for (const k of ['suffixes', 'definite']) c.at('nounAffixes').at(k).strings(a[k]);
    for (const [f, t] of Object.entries(c.at('nounAffixes').at('bound').object(a.bound)))
      c.at('nounAffixes').at('bound').at(f).string(t);
    c.at('nounAffixes')
      .at('cues')
      .array(a.cues)
      .forEach((n, i) => c.at('nounAffixes').at('cues').at(i).oneOf(n, CUE_NAMES));
  });
  optional(o, 'abbreviations', (x) => c.at('abbreviations').strings(x));
  optional(o, 'clitics', (x) => {
    clitics(c.at('clitics'), x);
  });
  optional(o, 'stateGovernment', (x) => c.at('stateGovernment').strings(x));
  optional(o, 'nameConnectors', (x) => c.at('nameConnectors').strings(x));
  optional(o, 'searchStemming', (x) => {
    searchStemming(c.at('searchStemming'), x);
  });
  optional(o, 'detection', (x) => {
    const d = c.at('detection').keys(x, ['script', 'letters']);
    hexRange(c.at('detection').at('script'), d.script);
    optional(d, 'letters', (y) => c.at('detection').at('letters').strings(y));
  });
  optional(o, 'nameSpelling', (x) => {
    nameSpelling(c.at('nameSpelling'), x);
  });
  optional(o, 'nameForms', (x) => {
    const f = c.at('nameForms').keys(x, ['name', 'demonym']);
    for (const [kind, rules] of Object.entries(f))
      c.at('nameForms')
        .at(kind)
        .array(rules)
        .forEach((r, i) => {
          const at = c.at('nameForms').at(kind).at(i);
          const rule = at.keys(r, ['endings', 'except', 'forms']);
          at.at('endings').endings(rule.endings);
          at.at('forms').endings(rule.forms);
          if (rule.except !== undefined) at.at('except').strings(rule.except);
        });
  });
  c.at('lang').string(o.lang);
  c.at('verbFirst').boolean(o.verbFirst);
  c.at('digitsBeforeNounCount').boolean(o.digitsBeforeNounCount);
  optional(o, 'modifiersBeforeNoun', (x) => c.at('modifiersBeforeNoun').boolean(x));
  optional(o, 'adjectivesAfterNoun', (x) => c.at('adjectivesAfterNoun').boolean(x));
  optional(o, 'ordinalBeforePlural', (x) => c.at('ordinalBeforePlural').boolean(x));
  optional(o, 'ordinalAfterAdjectives', (x) => c.at('ordinalAfterAdjectives').boolean(x));
  optional(o, 'dotOrdinals', (x) => c.at('dotOrdinals').boolean(x));
  optional(o, 'verbSecond', (x) => c.at('verbSecond').boolean(x));
  optional(o, 'verbFinal', (x) => c.at('verbFinal').boolean(x));
  optional(o, 'proDrop', (x) => c.at('proDrop').boolean(x));
  optional(o, 'subjectBeforeVerb', (x) => c.at('subjectBeforeVerb').boolean(x));
  return o as unknown as Lexicon;
}

const HEX = /^[0-9A-Fa-f]{1,6}$/;

function clitics(c: Check, v: unknown): void {
  const o = c.object(v);
  hexRange(c.at('script'), o.script);
  c.at('shortest').count(o.shortest);
  c.at('proclitics')
    .array(o.proclitics)
    .forEach((x, i) => {
      const p = c.at('proclitics').at(i);
      const row = p.object(x);
      p.at('function').oneOf(row.function, PROCLITIC_FUNCTIONS);
      p.at('forms').strings(row.forms);
      optional(row, 'and', (y) => p.at('and').strings(y));
      optional(row, 'contractions', (y) => {
        for (const [f, t] of Object.entries(p.at('contractions').object(y))) p.at('contractions').at(f).string(t);
      });
    });
  for (const key of ['addressee', 'locative']) optional(o, key, (x) => c.at(key).strings(x));
  optional(o, 'articleOpensNoName', (x) => {
    c.at('articleOpensNoName').boolean(x);
  });
}

const NAME_SPELLING_KEYS = [
  'script',
  'latin',
  'caseEndings',
  'skeletonVowels',
  'skeletonShortest',
  'notGivenName',
  'latinRewrites',
  'keyRewrites',
  'alsoSpelledAs',
];

function nameSpelling(c: Check, v: unknown): void {
  const o = c.keys(v, NAME_SPELLING_KEYS);
  optional(o, 'script', (x) => hexRange(c.at('script'), x));
  optional(o, 'latin', (x) => {
    for (const [f, t] of Object.entries(c.at('latin').object(x)))
      if (typeof t !== 'string') c.at('latin').at(f).fail('expected a string');
  });
  for (const key of ['caseEndings', 'skeletonVowels', 'notGivenName']) optional(o, key, (x) => c.at(key).strings(x));
  optional(o, 'skeletonShortest', (x) => c.at('skeletonShortest').count(x));
  optional(o, 'alsoSpelledAs', (x) => c.at('alsoSpelledAs').string(x));
  for (const key of ['latinRewrites', 'keyRewrites'])
    optional(o, key, (x) => {
      c.at(key)
        .array(x)
        .forEach((pair, i) => {
          rewrite(c.at(key).at(i), pair);
        });
    });
  if (o.script !== undefined && o.latin === undefined && o.skeletonVowels === undefined)
    c.fail('a script is keyed by "latin" or by "skeletonVowels"');
}

function searchStemming(c: Check, v: unknown): void {
  const o = c.keys(v, ['letters', 'prefixes', 'suffixes', 'shortestStem', 'shortestWithLetter']);
  c.at('letters')
    .array(o.letters)
    .forEach((r, i) => {
      hexRange(c.at('letters').at(i), r);
    });
  c.at('prefixes').strings(o.prefixes);
  c.at('suffixes').strings(o.suffixes);
  c.at('shortestStem').count(o.shortestStem);
  c.at('shortestWithLetter').count(o.shortestWithLetter);
}

/** One rewrite of a name spelling: [from, to], `to` maybe empty. */
function rewrite(c: Check, v: unknown): void {
  const fromTo = c.array(v);
  if (fromTo.length !== 2) c.fail('expected [from, to]');
  c.at(0).string(fromTo[0]);
  if (typeof fromTo[1] !== 'string') c.at(1).fail('expected a string');
}

function hexRange(c: Check, v: unknown): string[] {
  const range = c.strings(v);
  if (range.length !== 2 || !range.every((x) => HEX.test(x))) c.fail('expected two hex code points');
  return range;
}

function optional(o: Record<string, unknown>, key: string, check: (v: unknown) => unknown): void {
  if (o[key] !== undefined) check(o[key]);
}

/** Roles belong to an actor in a series (series.json members), never to the actor itself. */
function noRole(c: Check, o: Record<string, unknown>): void {
  if (o.role !== undefined) c.at('role').fail('a role belongs to a series membership (series.json "members")');
}

function stateRow(c: Check, v: unknown): StateRow {
  const o = c.object(v);
  c.at('iso3').string(o.iso3);
  c.at('names').stringLists(o.names);
  noRole(c, o);
  optional(o, 'demonyms', (x) => c.at('demonyms').stringLists(x));
  optional(o, 'strong', (x) => c.at('strong').stringLists(x));
  return o as unknown as StateRow;
}

function actorRow(c: Check, v: unknown): ActorRow {
  const o = c.object(v);
  c.at('id').string(o.id);
  c.at('kind').oneOf(o.kind, ['ORGANIZATION', 'PERSON'] as const);
  c.at('name').string(o.name);
  const names = c.at('names').object(o.names);
  for (const [k, x] of Object.entries(names)) c.at('names').at(k).string(x);
  c.at('aliases').strings(o.aliases);
  optional(o, 'title', (x) => c.at('title').string(x));
  optional(o, 'affiliation', (x) => c.at('affiliation').string(x));
  noRole(c, o);
  optional(o, 'wikidata', (x) => c.at('wikidata').string(x));
  return o as unknown as ActorRow;
}

function placeRow(c: Check, v: unknown): PlaceRow {
  const o = c.object(v);
  c.at('id').string(o.id);
  c.at('name').string(o.name);
  if (o.country !== null) c.at('country').string(o.country);
  c.at('names').strings(o.names);
  optional(o, 'capital', (x) => c.at('capital').boolean(x));
  return o as unknown as PlaceRow;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function calendarRow(m: Check, row: Record<string, unknown>): void {
  if (typeof row.round !== 'number' || !Number.isInteger(row.round) || row.round < 1)
    m.at('round').fail('expected a whole number from 1');
  for (const key of ['start', 'end', 'cancelled'])
    optional(row, key, (x) => {
      if (!ISO_DAY.test(m.at(key).string(x))) m.at(key).fail('expected a day as YYYY-MM-DD');
    });
  if (typeof row.start === 'string' && typeof row.end === 'string' && row.end < row.start)
    m.at('end').fail('is before start');
  optional(row, 'place', (x) => m.at('place').string(x));
  optional(row, 'status', (x) => m.at('status').oneOf(x, CALENDAR_STATUSES));
  if (row.status === 'CANCELLED' && row.cancelled === undefined)
    m.at('cancelled').fail('a CANCELLED row gives the day it was called off');
  m.at('source').string(row.source);
}

function wholeNumber(c: Check, x: unknown): void {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 1) c.fail('expected a whole number from 1');
}

function sittingBody(c: Check, v: unknown): void {
  const row = c.object(v);
  wholeNumber(c.at('seats'), row.seats);
  optional(row, 'share', (x) => {
    wholeNumber(c.at('share'), x);
  });
  optional(row, 'rounds', (x) => {
    c.at('rounds')
      .array(x)
      .forEach((n, i) => {
        wholeNumber(c.at('rounds').at(i), n);
      });
  });
}

function seriesRow(c: Check, v: unknown): SeriesRow {
  const o = c.object(v);
  c.at('id').string(o.id);
  c.at('name').string(o.name);
  c.at('names').stringLists(o.names);
  optional(o, 'shortNames', (x) => c.at('shortNames').stringLists(x));
  optional(o, 'meetingNames', (x) => c.at('meetingNames').stringLists(x));
  c.at('nouns').stringLists(o.nouns);
  optional(o, 'venues', (x) => c.at('venues').strings(x));
  optional(o, 'conferenceRounds', (x) => c.at('conferenceRounds').boolean(x));
  optional(o, 'namedFrom', (x) => {
    if (!ISO_DAY.test(c.at('namedFrom').string(x))) c.at('namedFrom').fail('expected a day as YYYY-MM-DD');
  });
  c.at('numbers')
    .array(o.numbers)
    .forEach((x, i) => c.at('numbers').at(i).oneOf(x, NUMBER_FORMS));
  c.at('members')
    .array(o.members)
    .forEach((x, i) => {
      const m = c.at('members').at(i);
      const row = m.object(x);
      m.at('actor').string(row.actor);
      m.at('role').oneOf(row.role, PARTICIPATION_ROLES);
      if (row.chairs !== undefined && typeof row.chairs !== 'boolean') m.at('chairs').fail('must be true or false');
      optional(row, 'envoys', (e) => m.at('envoys').strings(e));
    });
  optional(o, 'bodies', (x) => {
    c.at('bodies')
      .array(x)
      .forEach((r, i) => {
        sittingBody(c.at('bodies').at(i), r);
      });
  });
  optional(o, 'calendar', (x) => {
    c.at('calendar')
      .array(x)
      .forEach((r, i) => {
        const m = c.at('calendar').at(i);
        calendarRow(m, m.object(r));
      });
  });
  return o as unknown as SeriesRow;
}

/** Every name of a series in every language and form: its aliases in the graph. */
// Aliases by series row, once per knowledge load: every article's graph lists them for each series it names.
const aliasesOf = new WeakMap<SeriesRow, readonly string[]>();

export function seriesAliases(s: SeriesRow): string[] {
  let aliases = aliasesOf.get(s);
  if (!aliases) {
    const all = [s.names, s.shortNames ?? {}, s.meetingNames ?? {}].flatMap((byLang) => Object.values(byLang).flat());
    aliases = [...new Set(all)];
    aliasesOf.set(s, aliases);
  }
  // A copy: the caller owns the facts it builds.
  return [...aliases];
}

/** The standing role of an actor in a series, if it is a member. */
export function memberRole(k: Knowledge, seriesId: string, actorId: string): ParticipationRole | null {
  return standingRole(k, seriesId, actorId);
}

function rows<T>(where: string, v: unknown, row: (c: Check, x: unknown) => T): T[] {
  const c = new Check(where);
  return c.array(v).map((x, i) => row(c.at(i), x));
}

/** Validates parsed knowledge files; throws INVALID_KNOWLEDGE naming the file and field of the first problem. */
export function parseKnowledge(raw: RawKnowledge): Knowledge {
  const lexicons: Record<string, Lexicon> = {};
  for (const { source, data } of raw.lexicons) {
    const lex = lexicon(new Check(source), data);
    lexicons[lex.lang] = lex;
  }
  const places = rows('gazetteer/places.json', raw.places, placeRow);
  const series = rows('gazetteer/series.json', raw.series, seriesRow);
  calendarPlacesKnown(series, places);
  const actors = rows('gazetteer/actors.json', raw.actors, actorRow);
  envoysKnown(series, actors);
  return {
    lexicons,
    states: rows('gazetteer/states.json', raw.states, stateRow),
    countryNames: raw.countryNames,
    ...(raw.otherCountryNames ? { otherCountryNames: raw.otherCountryNames } : {}),
    ...(raw.scripts !== undefined ? { scripts: scriptsRow(new Check('gazetteer/scripts.json'), raw.scripts) } : {}),
    actors,
    places,
    series,
  };
}

function scriptsRow(c: Check, v: unknown): ScriptsRow {
  const o = c.object(v);
  const quotes = c
    .at('quotes')
    .array(o.quotes)
    .map((q, i) => {
      const pair = c.at('quotes').at(i).strings(q);
      if (pair.length !== 2) c.at('quotes').at(i).fail('a quotation is an opening and a closing mark');
      return [pair[0] ?? '', pair[1] ?? ''] as [string, string];
    });
  const numerals = c
    .at('numerals')
    .array(o.numerals)
    .map((x, i) => {
      const n = c.at('numerals').at(i);
      const row = n.object(x);
      const digits = n.at('digits').strings(row.digits);
      if (digits.length !== 10) n.at('digits').fail('ten digits, 0 to 9');
      return {
        script: n.at('script').string(row.script),
        digits,
        ten: n.at('ten').string(row.ten),
        alsoZero: row.alsoZero === undefined ? [] : n.at('alsoZero').strings(row.alsoZero),
        alsoTwo: row.alsoTwo === undefined ? [] : n.at('alsoTwo').strings(row.alsoTwo),
        ordinalPrefix: row.ordinalPrefix === undefined ? [] : n.at('ordinalPrefix').strings(row.ordinalPrefix),
      };
    });
  const speech: Record<string, string[]> = {};
  if (o.speech !== undefined)
    for (const [lang, words] of Object.entries(c.at('speech').object(o.speech)))
      speech[lang] = c.at('speech').at(lang).strings(words);
  return { quotes, numerals, speech };
}

/** A member's envoy is a person of actors.json: a misspelt id would silently let nobody head the delegation. */
function envoysKnown(series: SeriesRow[], actors: ActorRow[]): void {
  const persons = new Set(actors.filter((a) => a.kind === 'PERSON').map((a) => a.id));
  series.forEach((s, i) => {
    s.members.forEach((m, j) => {
      (m.envoys ?? []).forEach((id, k) => {
        if (!persons.has(id))
          new Check(`gazetteer/series.json[${i}].members[${j}].envoys[${k}]`).fail(
            `is no person of actors.json: ${id}`,
          );
      });
    });
  });
}

/** A calendar row's place is one of places.json: a misspelt id would silently place nothing. */
function calendarPlacesKnown(series: SeriesRow[], places: PlaceRow[]): void {
  const ids = new Set(places.map((p) => p.id));
  series.forEach((s, i) => {
    (s.calendar ?? []).forEach((r, j) => {
      if (r.place !== undefined && !ids.has(r.place))
        new Check(`gazetteer/series.json[${i}].calendar[${j}].place`).fail(
          `"${r.place}" is not a place id of places.json`,
        );
    });
  });
}
