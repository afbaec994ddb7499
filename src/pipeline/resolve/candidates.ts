// Stage 8a: participation candidates — the actors one sentence names as taking part, each kept or dropped by a named
// rule. Pure. An actor is dropped by the first exclusion that applies (negated, a topic, inside a title ...), placed
// as host when it hosts, and otherwise kept only when an admission rule says how the sentence makes it take part (in
// a list, next to a delegation word, the subject of an attending or sponsoring verb ...). Cue words are lexicon data.
import type { CueName } from '../knowledge.js';
import type { Doc } from '../doc.js';
import { hasCue, sentenceMentions } from '../doc.js';
import type { Mention } from '../extract/mentions.js';
import { entriesOf } from '../extract/mentions.js';
import type { Persons } from '../extract/persons.js';
import { actorOf } from './heads.js';
import { placeRow } from '../rows.js';

/** The cues that make a sentence one about who takes part (a sponsoring word does too, see `sponsorsRound`). */
export const PARTICIPATION_CUES: CueName[] = ['participate', 'attend', 'guarantor', 'observer', 'host'];

/** Window sizes, in words not counting list fillers (see `gap`). */
export const WINDOW = {
  /** "Jordan took part", "участвовала Иордания": a state this close to an attending verb is its subject. */
  subject: 2,
  /** "the Russian delegation", "وفد روسيا". */
  delegation: 2,
  /** "Kazakhstan will host", "تستضيفها كازاخستان". */
  host: 4,
  /** "held under the aegis of Russia", "ترعاها روسيا". */
  sponsor: 3,
  /** "the guarantor states took part", "بمشاركة الدول الضامنة": the guarantors named by their role alone. */
  roleNoun: 3,
  /** "... attended as observers": the observer word governs a list this long. */
  observer: 12,
  /** Next to another process only actors this close to a guarantor or observer word count. */
  otherProcessRole: 6,
  /** A state just before a person with a title ("Russian Deputy Foreign Minister X") is the person's affiliation. */
  personTitle: 6,
  /** A title word this close to a state makes the state an affiliation ("نائب وزير خارجية كازاخستان"). */
  title: 3,
  /** "représentant permanent de la Syrie auprès de l'ONU": a title this far before "to" names the post. */
  accredited: 5,
  /** How far back a list of actors is followed to the word that governs it. */
  listLookback: 20,
} as const;

export interface Candidate {
  id: string;
  /** The role the text states (hosting, attending as an observer); else the actor's standing role in the series. */
  stated: 'HOST' | 'OBSERVER' | null;
  mention: Mention;
}

type Actor = NonNullable<ReturnType<typeof actorOf>>;

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
  /**
   * The sentence's only participation cue is a sponsoring word or an outcome verb: it admits only the sponsors, or
   * the guarantors as subjects of the outcome.
   */
  onlyBy: 'sponsor' | 'outcome' | null;
  /** Where the first negation cue starts (Infinity: none). */
  negAt: number;
  /** A series other than the sentence's own, or a process of no series, is named. */
  otherProcess: boolean;
}

/** Whether a token is filler between list items: punctuation of a list, "and", articles, "of" ("de la", "و"). */
export function filler(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (t.kind === 'punct') return [',', '-', '–', '—', '(', ')', "'", '"', '،'].includes(t.text);
  if (t.text.length === 1) return true; // "l'", "d'"
  const x = doc.cover[i];
  if (!x || !x.entries.every((e) => e.type === 'cue')) return false;
  return hasCue(x, 'stop', 'rangeJoin', 'dateFiller');
}

/** Words between two mentions, not counting list fillers: 0 for "Russia, Turkey", "de la Russie, de la Turquie". */
export function gap(doc: Doc, a: Mention, b: Mention): number {
  const [from, to] = a.last <= b.first ? [a.last, b.first] : [b.last, a.first];
  if (from > to) return Infinity;
  let n = 0;
  for (let i = from; i < to; i++) if (!filler(doc, i)) n++;
  return n;
}

/** A cue of the given kinds within `dist` words of the mention, list fillers not counted. */
export function near(doc: Doc, m: Mention, cues: CueName[], dist: number): boolean {
  const ms = sentenceMentions(doc, m.sentence);
  return ms.some((x) => x !== m && hasCue(x, ...cues) && gap(doc, m, x) < dist);
}

/**
 * A reference to another process: a series other than the ones the sentence's meetings belong to, or a process that
 * is no series of ours ("the national dialogue congress"); "in Geneva" after a preposition is a venue, not the talks.
 */
export function otherProcessRef(doc: Doc, m: Mention, series: ReadonlySet<string>): boolean {
  const named = entriesOf(m, 'series');
  if (!named.length) return hasCue(m, 'otherSeries');
  if (named.some((e) => series.has(e.id))) return false;
  return named.some((e) => e.form !== 'short') || !hasCue(doc.cover[m.first - 1], 'locPrep');
}

/** The sentence's context for the rules. */
export function sentenceOf(
  doc: Doc,
  index: number,
  persons: Persons,
  series: ReadonlySet<string>,
  ownRound: boolean,
): Sentence {
  // Plain loops: this runs for every sentence, and flatMap costs more than the few rows it reads.
  const guarantors: string[] = [];
  for (const x of doc.knowledge.series)
    if (series.has(x.id)) for (const y of x.members) if (y.role === 'GUARANTOR') guarantors.push(y.actor);
  const ms = sentenceMentions(doc, index);
  const actors = ms.map((m) => ({ m, a: actorOf(m) ?? standIn(doc, ms, m) })).filter((x): x is Named => x.a !== null);
  return {
    doc,
    index,
    ms,
    actors,
    persons,
    series,
    ownRound,
    guarantors,
    onlyBy: ms.some((m) => hasCue(m, ...PARTICIPATION_CUES))
      ? null
      : ms.some((m) => hasCue(m, 'sponsor'))
        ? 'sponsor'
        : 'outcome',
    negAt: ms.find((m) => hasCue(m, 'negation'))?.first ?? Infinity,
    otherProcess: ms.some((m) => otherProcessRef(doc, m, series)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Exclusions: a named actor that the sentence names but does not place at the meeting.

/** "Jordan, which had joined earlier rounds, did not send a delegation": the actor(s) before a negated verb. */
export function negatedSubject(s: Sentence, m: Mention): boolean {
  const { ms, doc } = s;
  const neg = ms.find((x) => x.first >= m.last && hasCue(x, 'negation'));
  if (!neg) return false;
  // "Jordan, Iraq and Lebanon did not attend": the negation reaches back across the list the actor heads; another
  // actor between that is no item of that list is the verb's subject instead.
  let prev = m;
  for (const x of ms) {
    if (x === m || x.first < m.last || x.last > neg.first || actorOf(x) === null) continue;
    if (gap(doc, prev, x) !== 0) return false;
    prev = x;
  }
  // Where the subject follows the verb ("بينما غاب عنها ممثل الولايات المتحدة"), the negation is about that one.
  const next = ms.find((x) => x.first >= neg.last && actorOf(x) !== null);
  return !next || next.sentence !== m.sentence || next.first - neg.last > 4;
}

/** A cue of the kind in the same comma-delimited clause as the mention. */
function sameClause(s: Sentence, m: Mention, cue: CueName): boolean {
  return s.ms.some((x) => {
    if (x === m || !hasCue(x, cue)) return false;
    const [a, b] = x.first < m.first ? [x.last, m.first] : [m.last, x.first];
    for (let k = a; k < b; k++) if (s.doc.tokens[k]?.text === ',' || s.doc.tokens[k]?.text === ';') return false;
    return true;
  });
}

/** Invited, absent, boycotting or only possibly coming: after such a word, in its clause, or its subject. */
export function negated(s: Sentence, m: Mention): boolean {
  return m.first > s.negAt || sameClause(s, m, 'negation') || negatedSubject(s, m);
}

/**
 * "a ministerial meeting of the foreign ministers of Russia, Syria, Iran and Turkey": the list an actor stands in
 * is governed by the word before its first item; another meeting's word there makes them that meeting's members.
 */
export function otherMeetingList(s: Sentence, m: Mention): boolean {
  const { doc } = s;
  let j = m.first - 1;
  for (let n = 0; j >= 0 && n < WINDOW.listLookback; n++) {
    const x = doc.cover[j];
    if (x && actorOf(x)) j = x.first - 1;
    else if (filler(doc, j)) j--;
    else break;
  }
  return hasCue(doc.cover[j], 'otherMeeting');
}

/**
 * "the Syrian Arab Republic's sovereignty": a possessive names an attribute, unless a delegation or a joint
 * statement follows ("Iran, Russia, and Turkey's joint statement").
 */
export function possessiveAttribute(s: Sentence, m: Mention): boolean {
  const { doc } = s;
  const possessive = doc.tokens[m.last]?.text === "'" && doc.tokens[m.last + 1]?.text === 's';
  return possessive && !hasCue(doc.cover[m.last + 2], 'delegation', 'participate');
}

/**
 * A state named inside a title or next to a ministry ("نائب وزير خارجية كازاخستان", "Russian Deputy Foreign
 * Minister", "the Kazakh Foreign Ministry") is an affiliation, not a delegation — unless a delegation word is between.
 */
export function inTitle(doc: Doc, m: Mention): boolean {
  if (hasCue(doc.cover[m.first - 1], 'ministry') || hasCue(doc.cover[m.last], 'ministry')) return true;
  for (let j = Math.max(0, m.first - WINDOW.title); j < Math.min(doc.tokens.length, m.last + WINDOW.title); j++) {
    const x = doc.cover[j];
    // "Vertreter", "representatives": a title word that also names a delegation does not make one.
    if (!x || x === m || x.sentence !== m.sentence || !hasCue(x, 'title') || hasCue(x, 'delegation')) continue;
    // Arabic and Persian name the state after the title ("وزير الخارجية الأمريكي"); a title after the state starts
    // the object of a verb ("أوفدت الولايات المتحدة مساعد وزير الخارجية").
    if (doc.lex.verbFirst && x.first >= m.last) continue;
    const [a, b] = x.last <= m.first ? [x.last, m.first] : [m.last, x.first];
    let blocked = false;
    for (let k = a; k < b; k++) if (hasCue(doc.cover[k], 'delegation') || doc.tokens[k]?.text === ',') blocked = true;
    if (!blocked) return true;
  }
  return false;
}

/** "Russian Deputy Foreign Minister Sergei Vershinin": a state just before a titled person is the person's. */
function beforeTitledPerson(s: Sentence, m: Mention): boolean {
  return s.persons.mentions.some(
    (p) =>
      p.sentence === s.index &&
      m.first >= p.first - WINDOW.personTitle &&
      m.last <= p.first &&
      s.ms.some((x) => hasCue(x, 'title') && x.first >= m.first - WINDOW.title && x.last <= p.first),
  );
}

/** A state's name (not a delegation) as the affiliation of a title or a titled person. */
export function affiliation(s: Sentence, { m, a }: Named): boolean {
  return (a.form === 'name' || a.form === 'demonym') && (inTitle(s.doc, m) || beforeTitledPerson(s, m));
}

/** "envoy for Syria", "спецпосланник ... по Сирии": the object of a title ("to" as in "from ... to" is no title). */
export function titleObject(s: Sentence, { m, a }: Named): boolean {
  const prev = s.doc.cover[m.first - 1];
  return a.form === 'name' && hasCue(prev, 'titleObject') && !hasCue(prev, 'rangeJoin');
}

/**
 * "Haddad, the country's envoy to the UN", "مندوب سورية الدائم لدى الأمم المتحدة": an organization a title is
 * accredited to is the post, not a delegation at the meeting.
 */
export function organizationInTitle(s: Sentence, { m, a }: Named): boolean {
  const { doc } = s;
  if (a.form !== 'org') return false;
  const to = wordBefore(doc, m, 'titleTo');
  if (!hasCue(doc.cover[to], 'titleTo')) return false;
  return s.ms.some((x) => {
    if (!hasCue(x, 'title') || x.last > to || to - x.last > WINDOW.accredited) return false;
    for (let k = x.last; k < to; k++)
      if (hasCue(doc.cover[k], 'delegation') || doc.tokens[k]?.text === ',') return false;
    return true;
  });
}

/** The index of the word before a mention, stepping over articles ("sur la Syrie", "auprès de l'ONU"). */
function wordBefore(doc: Doc, m: Mention, cue: CueName): number {
  let j = m.first - 1;
  for (let n = 0; n < 3 && !hasCue(doc.cover[j], cue); n++) {
    const t = doc.tokens[j];
    const article = t?.kind === 'word' && (t.text.length === 1 || (t.text.length <= 3 && hasCue(doc.cover[j], 'stop')));
    const elision = t?.kind === 'punct' && t.text === "'";
    if (!article && !elision) break;
    j--;
  }
  return j;
}

/** The first word after a mention, stepping over a possessive or case suffix ("Kazakhstan's", "Suriye'nin"). */
function wordAfter(doc: Doc, m: Mention): number {
  let k = m.last;
  if (doc.tokens[k]?.text === "'") k += 2;
  return k;
}

/**
 * What a meeting is about is no participant: "talks about Syria", "محادثات أستانة حول سوريا", "переговоры по
 * Сирии", "Suriye konulu görüşmeler", "pourparlers consacrés à la Syrie".
 */
export function topic(s: Sentence, { m }: Named): boolean {
  const { doc } = s;
  return hasCue(doc.cover[wordBefore(doc, m, 'topic')], 'topic') || hasCue(doc.cover[wordAfter(doc, m)], 'topicAfter');
}

/**
 * "Nur-Sultan, the capital of Kazakhstan", "نور سلطان، عاصمة كازاخستان", "Kazakistan'ın başkenti": a state named to
 * place a city hosts nothing and attends nothing (the city may host; its country hosts only when the text says so).
 */
export function cityApposition(s: Sentence, { m }: Named): boolean {
  const { doc } = s;
  return (
    hasCue(doc.cover[wordBefore(doc, m, 'capitalOf')], 'capitalOf') ||
    hasCue(doc.cover[wordAfter(doc, m)], 'capitalAfter', 'capitalOf')
  );
}

type Rule = (s: Sentence, x: Named) => boolean;

/** Exclusions, in order; the first that applies drops the actor. */
export const EXCLUSIONS: readonly (readonly [string, Rule])[] = [
  ['negated', (s, { m }) => negated(s, m)],
  ['otherMeetingList', (s, { m }) => otherMeetingList(s, m)],
  ['possessiveAttribute', (s, { m }) => possessiveAttribute(s, m)],
  ['affiliation', affiliation],
  ['topic', topic],
  ['titleObject', titleObject],
  ['organizationInTitle', organizationInTitle],
  ['cityApposition', cityApposition],
];

// ---------------------------------------------------------------------------------------------------------------
// Hosting and admissions.

/** Another actor of the sentence joined to this one by list fillers only ("Russia, Turkey and Iran"). */
function listed(s: Sentence, x: Named): boolean {
  return s.actors.some((o) => o !== x && o.a.form !== 'demonym' && gap(s.doc, x.m, o.m) === 0);
}

/**
 * The state is the subject of a hosting verb: before it ("Kazakhstan will no longer host"), after it where the verb
 * comes first ("تستضيفها كازاخستان"), or after "hosted by" — not "hosting of Syria talks". One state hosts: a
 * country in a list next to "venue" is a guest.
 */
export function hosts(s: Sentence, x: Named): boolean {
  const { doc, ms } = s;
  const { m, a } = x;
  if (a.form === 'demonym' || a.form === 'org' || listed(s, x)) return false;
  return ms.some((h) => {
    if (h === m || !hasCue(h, 'host') || gap(doc, m, h) >= WINDOW.host) return false;
    return m.last <= h.first || doc.lex.verbFirst || hasCue(h, 'hostBy');
  });
}

/** "The United States sent X ... to follow the session as an observer": the one state of an observer sentence. */
export function loneObserver(s: Sentence, { a }: Named): boolean {
  return (
    a.form === 'name' &&
    s.actors.filter((o) => o.a.id !== a.id && o.a.form !== 'org').length === 0 &&
    s.ms.some((x) => hasCue(x, 'observer'))
  );
}

/** "Jordan took part", "участвовала Иордания": a state right next to an attending verb is its subject. */
export function attendingSubject(s: Sentence, { m, a }: Named): boolean {
  return (
    a.form === 'name' && near(s.doc, m, ['attend'], WINDOW.subject) && !hasCue(s.doc.cover[m.first - 1], 'titleObject')
  );
}

/**
 * Sponsoring is taking part in a round the sentence names, or in talks it reports without naming the process; "the
 * Astana talks, which Russia, Turkey and Iran sponsor" describes the format, not a round.
 */
export function sponsorsRound(s: Sentence): boolean {
  return s.ownRound || !s.ms.some((m) => entriesOf(m, 'series').some((e) => s.series.has(e.id)));
}

/** The actors joined to one by list fillers only, itself included ("Russia, Turkey and Iran"). */
function listOf(s: Sentence, x: Named): Named[] {
  const list = [x];
  for (let grew = true; grew;) {
    grew = false;
    for (const o of s.actors)
      if (!list.includes(o) && list.some((y) => gap(s.doc, o.m, y.m) === 0)) {
        list.push(o);
        grew = true;
      }
  }
  return list;
}

/**
 * "held under the aegis of Russia, Turkey and Iran", "التي ترعاها روسيا", "sous l'égide de la Russie": a guarantor
 * of the series named as the sponsor takes part ("talks sponsored by the UN in Geneva" are another process's).
 */
export function sponsorOf(s: Sentence, x: Named): boolean {
  if (!s.guarantors.includes(x.a.id) || !sponsorsRound(s)) return false;
  return listOf(s, x).some((y) => y.a.form !== 'demonym' && near(s.doc, y.m, ['sponsor'], WINDOW.sponsor));
}

/**
 * "Russia, Turkey and Iran could not bridge their differences at the seventh round": the guarantors as subjects of an
 * outcome verb in a sentence that names the round took part in it.
 */
export function outcomeSubject(s: Sentence, x: Named): boolean {
  if (!s.ownRound || !s.guarantors.includes(x.a.id)) return false;
  return listOf(s, x).some((y) => y.a.form !== 'demonym' && near(s.doc, y.m, ['outcome'], WINDOW.subject));
}

/** Admissions: any one that applies keeps the actor. */
export const ADMISSIONS: readonly (readonly [string, Rule])[] = [
  ['organization', (_s, { a }) => a.form === 'org'],
  ['strongName', (_s, { a }) => a.form === 'strong'],
  ['listed', (s, x) => x.a.form === 'name' && listed(s, x)],
  ['delegation', (s, { m, a }) => a.form !== 'org' && near(s.doc, m, ['delegation'], WINDOW.delegation)],
  ['loneObserver', loneObserver],
  ['attendingSubject', attendingSubject],
  ['sponsor', sponsorOf],
  ['outcome', outcomeSubject],
];

/** The reference that governs an actor: the nearest before it, else the nearest after it. */
function claimedByOther(s: Sentence, m: Mention): boolean {
  const own = (x: Mention): boolean => hasCue(x, 'meeting') || entriesOf(x, 'series').some((e) => s.series.has(e.id));
  const refs = s.ms.filter((x) => otherProcessRef(s.doc, x, s.series) || own(x));
  const before = refs.filter((x) => x.last <= m.first).pop();
  const governing = before ?? refs.find((x) => x.first >= m.last);
  return !!governing && otherProcessRef(s.doc, governing, s.series);
}

/**
 * "At the Astana talks, in which Russia, Turkey and Iran take part, the Constitutional Committee's work ...": a
 * process named in passing claims the actors nearer to it than to the meeting's own name, unless they are named as
 * guarantors or observers.
 */
function lostToOtherProcess(s: Sentence, m: Mention): boolean {
  if (!s.otherProcess || !(s.ownRound || claimedByOther(s, m))) return false;
  return !near(s.doc, m, ['guarantor', 'observer'], WINDOW.otherProcessRole);
}

/**
 * A sentence about another process only (another series, a congress) places no one at a round; nor does one about a
 * working group held beside the round ("a working group on detainees meets with the ICRC and the UN taking part"),
 * unless it names the round itself.
 */
function aboutOtherProcessOnly(s: Sentence): boolean {
  if (!s.ownRound && s.ms.some((m) => hasCue(m, 'subMeeting'))) return true;
  const ownName = s.ms.some((x) => hasCue(x, 'meeting') || entriesOf(x, 'series').some((e) => s.series.has(e.id)));
  return s.otherProcess && !s.ownRound && !ownName;
}

/** The verdict of the rules on one named actor: a candidate, or the name of the rule that dropped it. */
export function judge(s: Sentence, x: Named): Candidate | string {
  const excluded = EXCLUSIONS.find(([, rule]) => rule(s, x));
  if (excluded) return excluded[0];
  if (hosts(s, x)) return { id: x.a.id, stated: 'HOST', mention: x.m };
  // History in passing ("since 2017") places no one at this round, except the host ("which it has hosted since").
  if (s.ms.some((m) => hasCue(m, 'history'))) return 'history';
  const admits = s.onlyBy ? ADMISSIONS.filter(([name]) => name === s.onlyBy) : ADMISSIONS;
  if (!admits.some(([, rule]) => rule(s, x))) return 'notAdmitted';
  if (lostToOtherProcess(s, x.m)) return 'otherProcess';
  return { id: x.a.id, stated: near(s.doc, x.m, ['observer'], WINDOW.observer) ? 'OBSERVER' : null, mention: x.m };
}

/**
 * "بمشاركة الدول الضامنة", "the guarantor countries taking part", "delegations of the guarantor states": the role noun
 * alone names the series' standing guarantors, when none of them is named in the sentence.
 */
export function guarantorsByRole(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  const ids = s.guarantors;
  if (!ids.length || s.actors.some((x) => ids.includes(x.a.id))) return out;
  if (s.ms.some((m) => hasCue(m, 'history'))) return out;
  // "The guarantors will take part in further meetings": other meetings than the sentence's round.
  if (!s.ownRound && s.ms.some((m) => hasCue(m, 'meetingPlural', 'otherMeeting', 'next'))) return out;
  for (const g of s.ms) {
    if (!hasCue(g, 'guarantor') || negated(s, g) || lostToOtherProcess(s, g)) continue;
    // Not an outcome ("الدول الضامنة اتفقت خلال الجولة"): the role noun there names the format's members, and
    // annotators do not read it as attendance (only states named as the outcome's subjects are).
    if (!near(s.doc, g, ['attend', 'delegation', 'sponsor'], WINDOW.roleNoun)) continue;
    for (const id of ids) if (!out.some((c) => c.id === id)) out.push({ id, stated: null, mention: g });
  }
  return out;
}

/** Actors named in the sentence as taking part, with their roles. */
export function candidates(s: Sentence): Candidate[] {
  if (aboutOtherProcessOnly(s)) return [];
  const out: Candidate[] = [];
  for (const x of s.actors) {
    const verdict = judge(s, x);
    if (typeof verdict !== 'string') out.push(verdict);
  }
  return [...out, ...guarantorsByRole(s)];
}

/**
 * The capital of a state, listed with other states' capitals and not after "in", stands for the state ("Moscow,
 * Tehran and Ankara signed").
 */
function standIn(doc: Doc, ms: Mention[], m: Mention): Actor | null {
  const capitalOf = (x: Mention): string | null => {
    const id = entriesOf(x, 'place')[0]?.id;
    const row = placeRow(doc.knowledge, id);
    return row?.capital && row.country ? row.country : null;
  };
  const own = capitalOf(m);
  if (!own) return null;
  // The chain of capitals joined by list fillers around this one.
  const list = [m];
  for (let grew = true; grew;) {
    grew = false;
    for (const x of ms)
      if (!list.includes(x) && capitalOf(x) && list.some((y) => gap(doc, x, y) === 0)) {
        list.push(x);
        grew = true;
      }
  }
  list.shift();
  // Three at least: two capitals are mostly relations between them ("ties between Ankara and Damascus").
  if (list.length < 2) return null;
  // Venues: "in Moscow, Ankara or Tehran" names places to meet, not the states meeting.
  const head = Math.min(m.first, ...list.map((x) => x.first));
  return hasCue(doc.cover[head - 1], 'locPrep') ? null : { id: own, form: 'name' };
}
