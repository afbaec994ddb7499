// What each article claims about a meeting, and the one rule that turns every claim into the meeting's fields.
// Pure, shared by both stores: a store keeps one claim per (meeting, article) next to that article's evidence and
// re-derives the meeting from all of them on every write, so the result depends on which reports are stored, never on
// the order they arrived in (issue 12, item 13).
import type { MeetingFact } from '../domain.js';
import { STATUS_PRECEDENCE } from '../domain.js';
import type { MeetingFields } from './merge.js';
import { compareText, mergeMeeting } from './merge.js';

/** One article's account of one meeting; publishedAt is the article's, for the tie-break. */
export interface MeetingClaim extends MeetingFields {
  articleId: string;
  publishedAt: string;
  /**
   * How many claims of equal fields this one stands for, publishedAt being the latest of theirs (absent: 1). A store
   * may read a meeting's claims grouped so: the derivation below only counts them and compares their latest dates.
   */
  weight?: number;
}

/** The article's facts about each meeting, folded into one claim per meeting (repeats merge in article order). */
export function claimsOf(facts: readonly MeetingFact[], article: { id: string; publishedAt: string }): MeetingClaim[] {
  const folded = new Map<string, MeetingFields>();
  for (const f of facts) folded.set(f.id, mergeMeeting(folded.get(f.id) ?? null, f));
  return [...folded.values()].map((m) => ({ ...m, articleId: article.id, publishedAt: article.publishedAt }));
}

/** The claims with `incoming` in place of any earlier claim of the same article about the same meeting. */
export function withClaim(claims: readonly MeetingClaim[], incoming: MeetingClaim): MeetingClaim[] {
  return [...claims.filter((c) => c.articleId !== incoming.articleId), incoming];
}

/**
 * The claims with equal fields folded into one (weights added, the latest date and the smallest article id kept): what
 * deriveMeeting needs of them, so a store may keep this tally beside a meeting instead of reading every claim again.
 * tally(tally(a) + b) equals tally(a + b), and deriveMeeting gives the same meeting for either.
 */
export function tallyClaims(claims: readonly MeetingClaim[]): MeetingClaim[] {
  const groups = new Map<string, MeetingClaim>();
  for (const c of claims) {
    const key = claimFieldsKey(c);
    const seen = groups.get(key);
    const weight = c.weight ?? 1;
    if (seen === undefined) {
      groups.set(key, { ...c, weight });
      continue;
    }
    seen.weight = (seen.weight ?? 1) + weight;
    if (c.publishedAt > seen.publishedAt) seen.publishedAt = c.publishedAt;
    if (compareText(c.articleId, seen.articleId) < 0) seen.articleId = c.articleId;
  }
  return [...groups.values()].sort((a, b) => compareText(claimFieldsKey(a), claimFieldsKey(b)));
}

/** How many claims a tally stands for. */
export function claimCount(claims: readonly MeetingClaim[]): number {
  return claims.reduce((n, c) => n + (c.weight ?? 1), 0);
}

/** Every claimed field (not the article, its date or the weight), in a fixed order. */
function claimFieldsKey(c: MeetingClaim): string {
  return JSON.stringify([
    c.id,
    c.name,
    c.seriesId,
    c.round,
    c.status,
    c.startDate,
    c.endDate,
    c.windowStart,
    c.windowEnd,
    c.placeId,
  ]);
}

type Pair = readonly [string | null, string | null];

/**
 * The meeting as every claim together says it is. Dates (start–end) and windows are each chosen as a pair: the most
 * supported (a claim supports a pair when every date both give agrees), then the most specific (more dates known),
 * then the one the latest article gives, then the smallest. Name, series, round and place: the value most claims
 * give, then the latest article's, then the smallest. Status: the highest (HELD > CANCELLED > PLANNED).
 */
export function deriveMeeting(id: string, claims: readonly MeetingClaim[]): MeetingFields {
  const pick = <T>(of: (c: MeetingClaim) => T | null): T | null => mostSupportedValue(claims, of);
  const [startDate, endDate] = mostSupportedPair(claims, (c) => [c.startDate, c.endDate]);
  const [windowStart, windowEnd] = mostSupportedPair(claims, (c) => [c.windowStart, c.windowEnd]);
  return {
    id,
    name: pick((c) => c.name) ?? id,
    seriesId: pick((c) => c.seriesId),
    round: pick((c) => c.round),
    status: claims.reduce<MeetingFields['status']>(
      (best, c) => (STATUS_PRECEDENCE[c.status] > STATUS_PRECEDENCE[best] ? c.status : best),
      'PLANNED',
    ),
    startDate,
    endDate,
    windowStart,
    windowEnd,
    placeId: pick((c) => c.placeId),
  };
}

interface Candidate<T> {
  value: T;
  support: number;
  specificity: number;
  latest: string;
  key: string;
}

/** Best first: support, then specificity, then the latest article, then the smallest key (a total order). */
function better<T>(a: Candidate<T>, b: Candidate<T>): boolean {
  if (a.support !== b.support) return a.support > b.support;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  if (a.latest !== b.latest) return a.latest > b.latest;
  return compareText(a.key, b.key) < 0;
}

function best<T>(candidates: Iterable<Candidate<T>>): T | null {
  let top: Candidate<T> | null = null;
  for (const c of candidates) if (top === null || better(c, top)) top = c;
  return top?.value ?? null;
}

function mostSupportedValue<T>(claims: readonly MeetingClaim[], of: (c: MeetingClaim) => T | null): T | null {
  const byKey = new Map<string, Candidate<T>>();
  for (const c of claims) {
    const value = of(c);
    if (value === null || value === '') continue;
    const key = String(value);
    const seen = byKey.get(key);
    const weight = c.weight ?? 1;
    if (seen === undefined) byKey.set(key, { value, support: weight, specificity: 1, latest: c.publishedAt, key });
    else {
      seen.support += weight;
      if (c.publishedAt > seen.latest) seen.latest = c.publishedAt;
    }
  }
  return best(byKey.values());
}

function agrees(a: Pair, b: Pair): boolean {
  return a.every((x, i) => x === null || b[i] === null || x === b[i]);
}

function mostSupportedPair(claims: readonly MeetingClaim[], of: (c: MeetingClaim) => Pair): Pair {
  const given = claims
    .map((c) => ({ pair: of(c), publishedAt: c.publishedAt, weight: c.weight ?? 1 }))
    .filter((g) => g.pair.some(Boolean));
  const byKey = new Map<string, Candidate<Pair>>();
  for (const { pair, publishedAt } of given) {
    const key = pair.map((x) => x ?? '').join('/');
    const seen = byKey.get(key);
    if (seen !== undefined) {
      if (publishedAt > seen.latest) seen.latest = publishedAt;
      continue;
    }
    const support = given.reduce((n, g) => (agrees(g.pair, pair) ? n + g.weight : n), 0);
    const specificity = pair.filter((x) => x !== null).length;
    byKey.set(key, { value: pair, support, specificity, latest: publishedAt, key });
  }
  return best(byKey.values()) ?? [null, null];
}
