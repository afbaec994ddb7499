// Stage 10: facts assembly — actors (states, organizations, persons with names, aliases, title and affiliation),
// the series, places, meetings, participations and statements of one article, every id defined once. Pure.
import type { ActorFact, Facts, LocalizedName, ParticipationFact, PlaceFact, SeriesFact } from '../../domain.js';
import type { Doc } from '../doc.js';
import type { ActorRow, Knowledge } from '../knowledge.js';
import { seriesAliases } from '../knowledge.js';
import { foldKey } from '../normalize/fold.js';
import type { PersonInfo } from '../extract/persons.js';
import { actorOfKind, actorRow, placeRow, seriesRow, stateRow } from '../rows.js';

// A state's names in every language, sorted, once per knowledge set: the country-name library has dozens of
// languages per state, and every article names states.
interface StateNames {
  name: string;
  names: LocalizedName[];
}

const stateNames = new WeakMap<Knowledge, Map<string, StateNames>>();

function namesOfState(k: Knowledge, iso3: string): StateNames {
  let byIso = stateNames.get(k);
  if (!byIso) {
    byIso = new Map<string, StateNames>();
    stateNames.set(k, byIso);
  }
  let out = byIso.get(iso3);
  if (out) return out;
  const row = stateRow(k, iso3);
  const lib = k.countryNames[iso3] ?? {};
  const names: LocalizedName[] = [];
  const langs = new Set([...Object.keys(row?.names ?? {}), ...Object.keys(lib)]);
  for (const lang of [...langs].sort()) {
    const value = row?.names[lang]?.[0] ?? lib[lang]?.[0];
    if (value) names.push({ lang, value });
  }
  const name = row?.names.en?.[0] ?? lib.en?.[lib.en.length - 1] ?? iso3;
  out = { name, names };
  byIso.set(iso3, out);
  return out;
}

function stateFact(doc: Doc, iso3: string): ActorFact {
  const { name, names } = namesOfState(doc.knowledge, iso3);
  // Copies: the facts of one article are its own to change.
  return {
    id: iso3,
    kind: 'STATE',
    name,
    names: names.map((n) => ({ ...n })),
    aliases: [],
    iso3,
    title: null,
    affiliationId: null,
  };
}

function orgFact(doc: Doc, id: string): ActorFact | null {
  const row = actorOfKind(doc.knowledge, id, 'ORGANIZATION');
  if (!row) return null;
  const names = Object.entries(row.names).map(([lang, value]) => ({ lang, value }));
  return {
    id,
    kind: 'ORGANIZATION',
    name: row.name,
    names,
    aliases: [...row.aliases],
    iso3: null,
    title: null,
    affiliationId: null,
  };
}

/**
 * For each folded last word of a gazetteer person's aliases, the persons bearing it. Folding every alias is costly
 * (it was a third of the pipeline's time when done per check), so it is done once per knowledge set.
 */
const surnameBearers = new WeakMap<Knowledge, Map<string, Set<string>>>();

function bearersOf(k: Knowledge): Map<string, Set<string>> {
  let index = surnameBearers.get(k);
  if (index) return index;
  index = new Map();
  for (const a of k.actors) {
    if (a.kind !== 'PERSON') continue;
    for (const x of a.aliases) {
      const last = foldKey(x).trim().split(/\s+/).pop() ?? '';
      const ids = index.get(last) ?? new Set<string>();
      ids.add(a.id);
      index.set(last, ids);
    }
  }
  surnameBearers.set(k, index);
  return index;
}

/** A one-word alias that is the last word of another gazetteer person's name. */
function sharedSurname(doc: Doc, id: string, alias: string): boolean {
  const key = foldKey(alias).trim();
  if (/\s/.test(key)) return false;
  const ids = bearersOf(doc.knowledge).get(key);
  return !!ids && [...ids].some((x) => x !== id);
}

const ownAliases = new WeakMap<Knowledge, Map<string, string[]>>();

/**
 * A gazetteer person's aliases less the bare surnames another person bears: the same for every article that names
 * the person, so folded once per knowledge set and person rather than once per article.
 */
function aliasesOf(doc: Doc, id: string, row: ActorRow | undefined): string[] {
  // Only gazetteer rows are kept: a person the gazetteer does not know has no aliases, and must not grow the memo.
  if (!row) return [];
  let byId = ownAliases.get(doc.knowledge);
  if (!byId) ownAliases.set(doc.knowledge, (byId = new Map<string, string[]>()));
  let out = byId.get(id);
  if (!out) {
    out = row.aliases.filter((a) => !sharedSurname(doc, id, a));
    byId.set(id, out);
  }
  return out;
}

function personFact(doc: Doc, p: PersonInfo): ActorFact {
  const names: LocalizedName[] = [];
  const row = actorRow(doc.knowledge, p.id);
  if (row) for (const [lang, value] of Object.entries(row.names)) names.push({ lang, value });
  const local = [...p.surfaces].sort((a, b) => b.length - a.length)[0];
  if (local && !names.some((n) => n.value === local)) names.push({ lang: doc.article.language, value: local });
  return {
    id: p.id,
    kind: 'PERSON',
    name: p.name,
    names,
    // Every spelling the gazetteer knows, so a lookup in any script finds the person whatever the articles used —
    // except a bare surname another gazetteer person also bears ("أونال": Sedat Onal, Selcuk Unal), which names neither.
    aliases: [...new Set([...aliasesOf(doc, p.id, row), ...p.surfaces])].sort(),
    iso3: null,
    title: p.title,
    affiliationId: p.affiliation,
  };
}

// localeCompare's order (a collator of the default locale, as localeCompare builds one per call), built once.
const collate = new Intl.Collator().compare;

export function assemble(
  doc: Doc,
  parts: Pick<Facts, 'meetings' | 'statements'> & {
    participations: ParticipationFact[];
    persons: Map<string, PersonInfo>;
  },
): Facts {
  const actors = new Map<string, ActorFact>();
  const addActor = (id: string | null): void => {
    if (!id || actors.has(id)) return;
    const person = parts.persons.get(id);
    if (person) {
      actors.set(id, personFact(doc, person));
      addActor(person.affiliation);
      return;
    }
    const org = orgFact(doc, id);
    if (org) actors.set(id, org);
    else if (/^[A-Z]{3}$/.test(id)) actors.set(id, stateFact(doc, id));
  };
  for (const p of parts.participations) {
    addActor(p.actorId);
    addActor(p.representingId);
  }
  for (const s of parts.statements) addActor(s.speakerId);
  const series: SeriesFact[] = [];
  for (const id of new Set(parts.meetings.map((m) => m.seriesId).filter((x): x is string => x !== null))) {
    const row = seriesRow(doc.knowledge, id);
    if (row) series.push({ id: row.id, name: row.name, aliases: seriesAliases(row) });
  }
  const places: PlaceFact[] = [];
  for (const id of new Set(parts.meetings.map((m) => m.placeId).filter((x): x is string => x !== null))) {
    const row = placeRow(doc.knowledge, id);
    if (row) places.push({ id, name: row.name, names: [{ lang: 'en', value: row.name }], countryId: row.country });
  }
  for (const pl of places) if (pl.countryId && !actors.has(pl.countryId)) addActor(pl.countryId);
  const sortById = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => collate(a.id, b.id));
  return {
    actors: sortById([...actors.values()]),
    series,
    places: sortById(places),
    meetings: sortById(parts.meetings),
    participations: [...parts.participations].sort((a, b) =>
      collate(`${a.meetingId}|${a.actorId}|${a.role}`, `${b.meetingId}|${b.actorId}|${b.role}`),
    ),
    statements: [...parts.statements].sort((a, b) => collate(a.id, b.id)),
  };
}
