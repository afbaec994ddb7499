// The shapes of the language and world knowledge the pipeline reads: lexicons per language and gazetteer rows.
// Pure types only; src/knowledge.ts loads them from seed/ (the pipeline itself does no I/O).
import type { ParticipationRole } from '../domain.js';

/** One language's lexicon: cue phrases by category, and phrases that carry a number (ordinals, months...). */
export interface Lexicon {
  lang: string;
  /** Verb-subject order (Arabic, Persian reported speech): the speaker follows the speech verb. */
  verbFirst: boolean;
  /** Digits before a meeting noun count meetings ("13 جولة") rather than number one. */
  digitsBeforeNounCount: boolean;
  cues: Record<string, string[]>;
  values: Record<string, Record<string, number>>;
}

export interface StateRow {
  iso3: string;
  role?: ParticipationRole;
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
  role?: ParticipationRole;
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

export interface SeriesRow {
  id: string;
  name: string;
  aliases: string[];
}

export interface Knowledge {
  lexicons: Record<string, Lexicon>;
  states: StateRow[];
  /** Country names per ISO3 and language from i18n-iso-countries. */
  countryNames: Record<string, Record<string, string[]>>;
  actors: ActorRow[];
  places: PlaceRow[];
  series: SeriesRow[];
}
