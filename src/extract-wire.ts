// How extraction results cross from a worker thread to the main thread. Most of a result's bytes are actor, series and
// place facts that repeat article after article (a person's gazetteer aliases in every script: 1–3 KB each), and the
// main thread, which also writes the store, paid ~0.1 ms per article to decode them (structured clone). So a worker
// sends each such fact in full once and afterwards, while it is unchanged, only its id; the receiving side keeps the
// last fact of each id. The whole answer travels as one JSON string: cheaper to decode than a structured clone of the
// same objects (measured on 10,000 synthetic articles: 0.3 s instead of 0.8–1.1 s on the main thread).
// Decoded facts are shared between articles: the stores only read them.
import type { Facts } from './domain.js';
import type { PipelineResult } from './pipeline/facts.js';

/** The kinds of fact sent once per worker while unchanged. */
type SharedKind = 'actors' | 'series' | 'places';

/** One article's answer: its result or its error (the message and the AppError code). */
export type WireAnswer =
  { id: number; result: PipelineResult } | { id: number; error: { message: string; code: string | null } };

/** A shared fact on the wire: its JSON when new or changed, else its id alone. */
type WireFact = { full: string } | { same: string };

type WireResult = { facts: Omit<Facts, SharedKind> & Record<SharedKind, WireFact[]>; warnings: string[] };
type WireAnswerOf =
  { id: number; result: WireResult } | { id: number; error: { message: string; code: string | null } };

/** The worker's side: remembers what it sent, per kind and id (the fact itself: compared, not serialized, each time). */
export class WireEncoder {
  readonly #sent: Record<SharedKind, Map<string, unknown>> = {
    actors: new Map(),
    series: new Map(),
    places: new Map(),
  };

  encode(answers: readonly WireAnswer[]): string {
    return JSON.stringify(
      answers.map((a): WireAnswerOf => ('result' in a ? { id: a.id, result: this.#result(a.result) } : a)),
    );
  }

  #result({ facts, warnings }: PipelineResult): WireResult {
    return {
      facts: {
        ...facts,
        actors: this.#facts('actors', facts.actors),
        series: this.#facts('series', facts.series),
        places: this.#facts('places', facts.places),
      },
      warnings,
    };
  }

  #facts(kind: SharedKind, list: readonly { id: string }[]): WireFact[] {
    const sent = this.#sent[kind];
    return list.map((fact) => {
      // Serializing every fact to compare it cost the worker ~7% of its time (10,000 synthetic articles).
      if (sameData(sent.get(fact.id), fact)) return { same: fact.id };
      sent.set(fact.id, fact);
      return { full: JSON.stringify(fact) };
    });
  }
}

/**
 * Whether two JSON-like values are equal with their keys in the same order: then their JSON is equal too. (A
 * difference JSON would not show, an undefined property, only costs a fact sent in full.)
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i] as string;
    if (k !== kb[i] || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The main thread's side, one per worker: the last fact of each kind and id that worker sent. */
export class WireDecoder {
  readonly #known: Record<SharedKind, Map<string, unknown>> = {
    actors: new Map(),
    series: new Map(),
    places: new Map(),
  };

  decode(message: string): WireAnswer[] {
    return (JSON.parse(message) as WireAnswerOf[]).map((a): WireAnswer => {
      if (!('result' in a)) return a;
      const { facts, warnings } = a.result;
      const result: PipelineResult = {
        facts: {
          ...facts,
          actors: this.#facts('actors', facts.actors) as Facts['actors'],
          series: this.#facts('series', facts.series) as Facts['series'],
          places: this.#facts('places', facts.places) as Facts['places'],
        },
        warnings,
      };
      return { id: a.id, result };
    });
  }

  #facts(kind: SharedKind, list: readonly WireFact[]): unknown[] {
    const known = this.#known[kind];
    return list.map((w) => {
      if ('full' in w) {
        const fact = JSON.parse(w.full) as { id: string };
        known.set(fact.id, fact);
        return fact;
      }
      const fact = known.get(w.same);
      // The worker sends an id alone only after the fact itself, on the same channel, in order.
      if (fact === undefined) throw new Error(`extraction answer refers to an unknown ${kind} fact ${w.same}`);
      return fact;
    });
  }
}
