// What the participation rules read: the sentence context built once per sentence, its named actors, and the
// candidate a kept actor becomes. Types only.
import type { Doc } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import type { Persons } from '../../extract/persons.js';
import type { actorOf } from '../heads.js';

export interface Candidate {
  id: string;
  /** The role the text states (hosting, attending as an observer); else the actor's standing role in the series. */
  stated: 'HOST' | 'OBSERVER' | null;
  mention: Mention;
}

export type Actor = NonNullable<ReturnType<typeof actorOf>>;

/** One named actor of a sentence. */
export interface Named {
  m: Mention;
  a: Actor;
}

/** What every rule reads about the sentence, built once per sentence. */
export interface Sentence {
  doc: Doc;
  index: number;
  ms: Mention[];
  actors: Named[];
  persons: Persons;
  /** The series of the meetings the sentence is about. */
  series: ReadonlySet<string>;
  /** The sentence names a round itself ("the 20th round"), not only through the article's frame. */
  ownRound: boolean;
  /** The standing guarantors of those series. */
  guarantors: string[];
  /** The standing parties of those series. */
  parties: string[];
  /**
   * The sentence's only participation cue is a sponsoring word or an outcome verb: it admits only the sponsors, or
   * the guarantors as subjects of the outcome.
   */
  onlyBy: 'sponsor' | 'outcome' | null;
  /**
   * A history word: in the clause of the sentence's actors ("have taken part since 2017"), only after them past a
   * comma, or none.
   */
  history: 'clause' | 'after' | null;
  /** Where the first negation cue starts (Infinity: none). */
  negAt: number;
  /** A series other than the sentence's own, or a process of no series, is named. */
  otherProcess: boolean;
}

export type Rule = (s: Sentence, x: Named) => boolean;
