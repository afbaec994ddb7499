// How a fact from a new article merges into what is stored: the store-independent rules of the graph.
// Pure. Both adapters follow these rules; the contract suite checks the outcome.
import type {
  ActorFact,
  Evidence,
  LocalizedName,
  MeetingFact,
  PlaceFact,
  SeriesFact,
  StatementFact,
} from '../domain.js';
import { STATUS_PRECEDENCE } from '../domain.js';
import { nameKey } from '../names.js';

/** A stored actor plus what merging needs to remember: the language of its name and the date of its title. */
export interface ActorState extends ActorFact {
  nameLang: string | null;
  /** publishedAt of the article the title came from. */
  titleDate: string | null;
}

/** Code-unit order, the same as Java's String.compareTo, so both stores sort alike. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The port's order of evidence: by article id (code point), then start, then end. */
export function compareEvidence(x: Evidence, y: Evidence): number {
  return compareText(x.articleId, y.articleId) || x.start - y.start || x.end - y.end;
}

export function unionNames(a: readonly LocalizedName[], b: readonly LocalizedName[]): LocalizedName[] {
  if (unionIsFirst(a, b, nameKeysOf, nameOf)) return a as LocalizedName[];
  const seen = new Map<string, LocalizedName>();
  for (const n of [...a, ...b]) seen.set(nameOf(n), { lang: n.lang, value: n.value });
  return [...seen.values()].sort(compareNames);
}

export function unionAliases(a: readonly string[], b: readonly string[]): string[] {
  if (unionIsFirst(a, b, aliasSetOf, (alias) => alias)) return a as string[];
  return [...new Set([...a, ...b])].sort(compareText);
}

function nameOf(n: LocalizedName): string {
  return `${n.lang}\u0000${n.value}`;
}

function compareNames(x: LocalizedName, y: LocalizedName): number {
  return compareText(x.lang, y.lang) || compareText(x.value, y.value);
}

/**
 * Whether the union of `a` and `b` is `a` itself: `a` is a union already (sorted, no repeats, names as bare
 * {lang, value}) and holds every item of `b`. Most articles name an actor by the aliases it is stored with: a stored
 * list of ~30 aliases was copied, merged and sorted again for each of them. The answer is the stored list itself, so
 * nothing may change a list after it is merged (no caller does: merged lists are written and read only).
 */
function unionIsFirst<T>(
  a: readonly T[],
  b: readonly T[],
  keysOf: (list: readonly T[]) => ReadonlySet<string> | null,
  keyOf: (item: T) => string,
): boolean {
  if (a.length === 0) return false;
  const keys = keysOf(a);
  return keys !== null && b.every((item) => keys.has(keyOf(item)));
}

/** Each merged list's keys, or null when the list is not a union's (unsorted, repeats): computed once per list. */
const unionKeys = new WeakMap<readonly unknown[], ReadonlySet<string> | null>();

function aliasSetOf(list: readonly string[]): ReadonlySet<string> | null {
  return cachedKeys(list, () => {
    for (let i = 1; i < list.length; i++) if (compareText(list[i - 1] as string, list[i] as string) >= 0) return null;
    return new Set(list);
  });
}

function nameKeysOf(list: readonly LocalizedName[]): ReadonlySet<string> | null {
  return cachedKeys(list, () => {
    for (let i = 0; i < list.length; i++) {
      const n = list[i] as LocalizedName;
      const fields = Object.keys(n);
      // The merged copy is a bare {lang, value}: a name with other fields or in another order would not equal it.
      if (fields.length !== 2 || fields[0] !== 'lang' || fields[1] !== 'value') return null;
      if (typeof n.lang !== 'string' || typeof n.value !== 'string') return null;
      if (i > 0 && compareNames(list[i - 1] as LocalizedName, n) >= 0) return null;
    }
    return new Set(list.map(nameOf));
  });
}

function cachedKeys(list: readonly unknown[], compute: () => ReadonlySet<string> | null): ReadonlySet<string> | null {
  let keys = unionKeys.get(list);
  if (keys === undefined) {
    keys = compute();
    unionKeys.set(list, keys);
  }
  return keys;
}

/** Evidence deduplicated by (articleId, start, end), first text kept, sorted by (articleId, start, end). */
export function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of [...a, ...b]) {
    const key = `${e.articleId}\u0000${e.start}\u0000${e.end}`;
    if (!seen.has(key)) seen.set(key, { articleId: e.articleId, text: e.text, start: e.start, end: e.end });
  }
  return [...seen.values()].sort(compareEvidence);
}

/** Within one article only (its facts come in a fixed order): the earlier non-null value. */
function firstNonNull<T>(stored: T | null, incoming: T | null): T | null {
  return stored ?? incoming;
}

/** The smaller of two optional values (nulls lose): the same whichever comes first, so arrival order cannot matter. */
function leastNonNull<T extends string>(a: T | null, b: T | null): T | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareText(a, b) <= 0 ? a : b;
}

function blankToNull(s: string | null | undefined): string | null {
  return s === undefined || s === null || s.trim() === '' ? null : s;
}

/** The language of a fact's display name: the names entry it matches, else the article's language. */
export function nameLanguage(fact: Pick<ActorFact, 'name' | 'names'>, articleLanguage: string): string {
  const key = nameKey(fact.name);
  return fact.names.find((n) => nameKey(n.value) === key)?.lang ?? articleLanguage;
}

function isEnglish(lang: string | null): boolean {
  return lang !== null && (lang === 'en' || lang.startsWith('en-'));
}

/** Folded keys an actor is found by: its name, every localized name and every alias. */
export function actorKeys(actor: Pick<ActorFact, 'name' | 'names' | 'aliases'>): string[] {
  const keys = [actor.name, ...actor.names.map((n) => n.value), ...actor.aliases].map(nameKey);
  return [...new Set(keys.filter((k) => k !== ''))].sort(compareText);
}

export function seriesKeys(series: Pick<SeriesFact, 'name' | 'aliases'>): string[] {
  const keys = [series.name, ...series.aliases].map(nameKey);
  return [...new Set(keys.filter((k) => k !== ''))].sort(compareText);
}

/** A display name with its language: English first, then the longer (fuller), then the smaller text. */
function betterName(a: { name: string; lang: string | null }, b: { name: string; lang: string | null }): boolean {
  if (isEnglish(a.lang) !== isEnglish(b.lang)) return isEnglish(a.lang);
  if (a.name.length !== b.name.length) return a.name.length > b.name.length;
  return compareText(a.name, b.name) < 0;
}

/** A title with its article's date: the latest first, then the longer, then the smaller text. */
function betterTitle(a: { title: string; date: string }, b: { title: string; date: string }): boolean {
  if (a.date !== b.date) return a.date > b.date;
  if (a.title.length !== b.title.length) return a.title.length > b.title.length;
  return compareText(a.title, b.title) < 0;
}

/**
 * Every rule picks by a fixed order of values, never by arrival, so the same articles in any order give one actor.
 * Kind, iso3, affiliation: the smallest non-null. Name: the best by `betterName`. Names, aliases: union.
 * Title: the best by `betterTitle` (the latest article's, ties broken by the title itself).
 */
export function mergeActor(
  stored: ActorState | null,
  fact: ActorFact,
  article: { publishedAt: string; language: string },
): ActorState {
  const incomingName = blankToNull(fact.name);
  const incomingLang = incomingName === null ? null : nameLanguage(fact, article.language);
  const incomingTitle = blankToNull(fact.title);
  if (stored === null) {
    return {
      ...fact,
      name: incomingName ?? fact.id,
      names: unionNames([], fact.names),
      aliases: unionAliases([], fact.aliases),
      iso3: blankToNull(fact.iso3),
      affiliationId: blankToNull(fact.affiliationId),
      nameLang: incomingLang,
      title: incomingTitle,
      titleDate: incomingTitle === null ? null : article.publishedAt,
    };
  }
  const takeName =
    incomingName !== null &&
    (stored.nameLang === null ||
      betterName({ name: incomingName, lang: incomingLang }, { name: stored.name, lang: stored.nameLang }));
  const takeTitle =
    incomingTitle !== null &&
    (stored.title === null ||
      stored.titleDate === null ||
      betterTitle(
        { title: incomingTitle, date: article.publishedAt },
        { title: stored.title, date: stored.titleDate },
      ));
  return {
    id: stored.id,
    kind: leastNonNull(stored.kind, fact.kind) ?? stored.kind,
    name: (takeName ? incomingName : null) ?? stored.name,
    nameLang: takeName ? incomingLang : stored.nameLang,
    names: unionNames(stored.names, fact.names),
    aliases: unionAliases(stored.aliases, fact.aliases),
    iso3: leastNonNull(stored.iso3, blankToNull(fact.iso3)),
    title: takeTitle ? incomingTitle : stored.title,
    titleDate: takeTitle ? article.publishedAt : stored.titleDate,
    affiliationId: leastNonNull(stored.affiliationId, blankToNull(fact.affiliationId)),
  };
}

/** Name: the smallest non-blank (arrival order cannot matter). Aliases: union. */
export function mergeSeries(stored: SeriesFact | null, fact: SeriesFact): SeriesFact {
  return {
    id: fact.id,
    name: leastNonNull(stored?.name ?? null, blankToNull(fact.name)) ?? fact.id,
    aliases: unionAliases(stored?.aliases ?? [], fact.aliases),
  };
}

/** Name, country: the smallest non-blank (arrival order cannot matter). Names: union. */
export function mergePlace(stored: PlaceFact | null, fact: PlaceFact): PlaceFact {
  return {
    id: fact.id,
    name: leastNonNull(stored?.name ?? null, blankToNull(fact.name)) ?? fact.id,
    names: unionNames(stored?.names ?? [], fact.names),
    countryId: leastNonNull(stored?.countryId ?? null, blankToNull(fact.countryId)),
  };
}

export type MeetingFields = Omit<MeetingFact, 'evidence'>;

/**
 * Folds repeated facts about one meeting within one article (status: highest STATUS_PRECEDENCE, every other field:
 * first non-null). Across articles a meeting is derived from every article's claim instead (claims.ts).
 */
export function mergeMeeting(stored: MeetingFields | null, fact: MeetingFact): MeetingFields {
  const incoming: MeetingFields = {
    id: fact.id,
    name: blankToNull(fact.name) ?? fact.id,
    seriesId: fact.seriesId,
    round: fact.round,
    status: fact.status,
    startDate: fact.startDate,
    endDate: fact.endDate,
    windowStart: fact.windowStart,
    windowEnd: fact.windowEnd,
    placeId: fact.placeId,
  };
  if (stored === null) return incoming;
  return {
    id: stored.id,
    name: stored.name,
    seriesId: firstNonNull(stored.seriesId, incoming.seriesId),
    round: firstNonNull(stored.round, incoming.round),
    status: STATUS_PRECEDENCE[incoming.status] > STATUS_PRECEDENCE[stored.status] ? incoming.status : stored.status,
    startDate: firstNonNull(stored.startDate, incoming.startDate),
    endDate: firstNonNull(stored.endDate, incoming.endDate),
    windowStart: firstNonNull(stored.windowStart, incoming.windowStart),
    windowEnd: firstNonNull(stored.windowEnd, incoming.windowEnd),
    placeId: firstNonNull(stored.placeId, incoming.placeId),
  };
}

export type StatementFields = Omit<StatementFact, 'evidence'> & { articleId: string };

/** The first write fixes speaker, kind, text, language and article; date and meeting: first non-null. */
export function mergeStatement(
  stored: StatementFields | null,
  fact: StatementFact,
  articleId: string,
): StatementFields {
  const incoming: StatementFields = {
    id: fact.id,
    speakerId: fact.speakerId,
    kind: fact.kind,
    text: fact.text,
    date: fact.date,
    meetingId: fact.meetingId,
    language: fact.language,
    articleId,
  };
  if (stored === null) return incoming;
  return {
    ...stored,
    date: firstNonNull(stored.date, incoming.date),
    meetingId: firstNonNull(stored.meetingId, incoming.meetingId),
  };
}
