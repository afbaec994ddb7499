// Stage 8a: participation candidates — the actors one sentence names as taking part, each kept or dropped by a named
// rule. Pure. An actor is dropped by the first exclusion that applies (negated, a topic, inside a title ...), placed
// as host when it hosts, and otherwise kept only when an admission rule says how the sentence makes it take part (in
// a list, next to a delegation word, the subject of an attending or sponsoring verb ...). Cue words are lexicon data.
// The parts are in candidates/: the sentence context, word distances, the exclusion and admission tables, other
// processes, and capitals standing for their states.
import type { CueName } from '../knowledge.js';
import type { Doc } from '../doc.js';
import { hasAnyCue, hasCue, sentenceMentions } from '../doc.js';
import type { Persons } from '../extract/persons.js';
import type { Mention } from '../extract/mentions.js';
import { actorOf } from './heads.js';
import { ADMISSIONS, DOCUMENT_CUES, betweenParties, hosts } from './candidates/admissions.js';
import { standIn } from './candidates/capitals.js';
import { EXCLUSIONS, formatLaunchClause } from './candidates/exclusions.js';
import { negated } from './candidates/negation.js';
import { partiesByRole } from './candidates/parties.js';
import { aboutOtherProcessOnly, lostToOtherProcess, otherProcessRef } from './candidates/processes.js';
import type { Candidate, Named, Sentence } from './candidates/sentence.js';
import { WINDOW } from './candidates/windows.js';
import { gap, near } from './candidates/words.js';

/** Punctuation that closes the clause of a sentence's actors. */
const CLAUSE_COMMAS = [',', '،', ';', '؛'];

/** The cues that make a sentence one about who takes part (a sponsoring word does too, see `sponsorsRound`). */
export const PARTICIPATION_CUES: CueName[] = ['participate', 'attend', 'guarantor', 'observer', 'host'];

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
  const parties: string[] = [];
  for (const x of doc.knowledge.series)
    if (series.has(x.id))
      for (const y of x.members) {
        if (y.role === 'GUARANTOR') guarantors.push(y.actor);
        if (y.role === 'PARTY' && !parties.includes(y.actor)) parties.push(y.actor);
      }
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
    parties,
    onlyBy: ms.some((m) => hasAnyCue(m, PARTICIPATION_CUES))
      ? null
      : ms.some((m) => hasCue(m, 'sponsor'))
        ? 'sponsor'
        : 'outcome',
    history: historyOf(doc, ms, actors),
    negAt: ms.find((m) => hasCue(m, 'negation'))?.first ?? Infinity,
    otherProcess: ms.some((m) => otherProcessRef(doc, m, series)),
  };
}

/**
 * Where the sentence tells history in passing ("have taken part since 2017"): a history word in the clause of its
 * actors, or only after them past a comma, where it may tell about something else ("talks between the government and
 * the opposition, in a conflict raging since 2011").
 */
function historyOf(doc: Doc, ms: Mention[], actors: Named[]): Sentence['history'] {
  const lastActor = actors.reduce((n, x) => Math.max(n, x.m.last), -1);
  let after = false;
  for (const h of ms) {
    if (!hasCue(h, 'history')) continue;
    if (lastActor < 0 || h.first < lastActor) return 'clause';
    let comma = false;
    for (let i = lastActor; i < h.first && !comma; i++) comma = CLAUSE_COMMAS.includes(doc.tokens[i]?.text ?? '');
    if (!comma) return 'clause';
    after = true;
  }
  return after ? 'after' : null;
}

/** Admissions that keep an actor whatever the sentence's only participation cue is. */
const ALWAYS: ReadonlySet<string> = new Set(['between', 'author']);

/** The verdict of the rules on one named actor: a candidate, or the name of the rule that dropped it. */
export function judge(s: Sentence, x: Named): Candidate | string {
  const excluded = EXCLUSIONS.find(([, rule]) => rule(s, x));
  if (excluded) return excluded[0];
  if (hosts(s, x)) return { id: x.a.id, stated: 'HOST', mention: x.m };
  // History in passing ("since 2017") places no one at this round, except the host ("which it has hosted since").
  // Past a comma a history word still drops the actors, except the sides of "talks between": they are the round's.
  if (s.history === 'clause' || (s.history === 'after' && !betweenParties(s, x))) return 'history';
  // The sides named after "talks between" take part whatever else the sentence says.
  // So do the authors of the round's document, whatever verb tells of it ("read out the statement issued by ...").
  const admits = s.onlyBy ? ADMISSIONS.filter(([name]) => name === s.onlyBy || ALWAYS.has(name)) : ADMISSIONS;
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
  if (s.history) return out;
  // "The guarantors will take part in further meetings": other meetings than the sentence's round.
  if (!s.ownRound && s.ms.some((m) => hasCue(m, 'meetingPlural', 'otherMeeting', 'next', 'upcoming'))) return out;
  for (const g of s.ms) {
    if (!namesGuarantors(s, g) || negated(s, g) || lostToOtherProcess(s, g) || formatLaunchClause(s, g)) continue;
    // Not an outcome ("الدول الضامنة اتفقت خلال الجولة"): the role noun there names the format's members, and
    // annotators do not read it as attendance (only states named as the outcome's subjects are). The round's joint
    // statement or final communiqué is the guarantors' own act at the round: its authors took part.
    // A counted noun or a document's authors stand for the guarantors the article names as such ("the guarantor
    // states ... Russia, Turkey and Iran"): news that never names them leaves who they are to the reader.
    const attendsWord =
      near(s.doc, g, ['attend', 'delegation', 'sponsor'], WINDOW.roleNoun) || subjectOfFinalVerb(s, g);
    if (!attendsWord && !ofDocument(s, g)) continue;
    const attends = attendsWord && hasCue(g, 'guarantor');
    const named = attends ? null : guarantorsNamed(s.doc, s.guarantors);
    for (const id of ids)
      if ((!named || named.has(id)) && !out.some((c) => c.id === id)) out.push({ id, stated: null, mention: g });
  }
  return out;
}

/**
 * The role noun names the authors of a document of the meeting: the document close by in the same clause ("the
 * guarantors' statement", "بيان مشترك عن الدول الثلاث") — not one a comma sets apart as the source of what they did
 * ("according to the final statement, the guarantors agreed ...": an outcome, read as no attendance).
 */
function ofDocument(s: Sentence, g: Mention): boolean {
  const { doc } = s;
  // "انتهت بإعلان الدول الضامنة إنشاء آلية": a noun of announcing that takes an object (the body set up) is the act
  // of announcing, not a document of the round.
  if (s.ms.some((c) => hasCue(c, 'createdBody') && c.first >= g.last && c.first - g.last <= 1)) return false;
  return s.ms.some((d) => {
    if (!hasAnyCue(d, DOCUMENT_CUES) || gap(doc, g, d) >= WINDOW.roleDocument) return false;
    const [from, to] = g.last <= d.first ? [g.last, d.first] : [d.last, g.first];
    for (let k = from; k < to; k++) if (CLAUSE_END.has(doc.tokens[k]?.text ?? '')) return false;
    return true;
  });
}

/** Collective nouns that count the guarantors ("the three countries", "الدول الثلاث"): each fits only that many. */
const GUARANTOR_COUNTS: readonly [CueName, number][] = [['guarantorTrio', 3]];

/** The noun names the series' guarantors: by their role, or by their count where the series has that many. */
function namesGuarantors(s: Sentence, g: Mention): boolean {
  if (hasCue(g, 'guarantor')) return true;
  return GUARANTOR_COUNTS.some(([cue, n]) => hasCue(g, cue) && s.guarantors.length === n);
}

/**
 * The guarantors an article names as such, read once per article: each one named beside another guarantor ("Russia,
 * Turkey and Iran") or next to the role noun ("the guarantor states, Russia, Iran and Turkey"). A guarantor named
 * only for something else ("Sochi, Russia", "Turkish shelling") does not tell the reader who "the guarantors" are.
 */
const NAMED_GUARANTORS = new WeakMap<Doc, Map<string, ReadonlySet<string>>>();

function guarantorsNamed(doc: Doc, guarantors: readonly string[]): ReadonlySet<string> {
  // Per article and per guarantor list: sentences of one article may be about series with other guarantors.
  const key = guarantors.join(' ');
  let byList = NAMED_GUARANTORS.get(doc);
  const known = byList?.get(key);
  if (known) return known;
  const found = new Set<string>();
  for (const sent of doc.sentences) {
    const here = new Set<string>();
    let role = false;
    for (const m of sentenceMentions(doc, sent.index)) {
      const a = actorOf(m);
      if (a && guarantors.includes(a.id)) here.add(a.id);
      role ||= hasCue(m, 'guarantor', 'guarantorTrio');
    }
    if (here.size > 1 || role) for (const id of here) found.add(id);
  }
  if (!byList) {
    byList = new Map<string, ReadonlySet<string>>();
    NAMED_GUARANTORS.set(doc, byList);
  }
  byList.set(key, found);
  return found;
}

/** Punctuation that ends a clause before its final verb. */
const CLAUSE_END: ReadonlySet<string> = new Set([',', '،', ';', '؛', ':', '.']);

/**
 * "Üç garantör ülke ilk gün kapalı bir oturuma katıldı", "سه کشور ضامن روز نخست در نشست شرکت کردند": where the verb
 * closes its clause, a role noun is the subject of the attending verb that ends its clause, however many words
 * (times, places, the meeting) stand between — no punctuation and no named actor between.
 */
function subjectOfFinalVerb(s: Sentence, g: Mention): boolean {
  const { doc } = s;
  if (!doc.lex.verbFinal) return false;
  const verb = s.ms.find((v) => v.first >= g.last && hasCue(v, 'attend') && !hasCue(v, 'negation'));
  if (!verb || verb.first - g.last > WINDOW.finalVerb) return false;
  for (let k = g.last; k < verb.first; k++) if (CLAUSE_END.has(doc.tokens[k]?.text ?? '')) return false;
  return !s.actors.some((x) => x.m.first >= g.last && x.m.last <= verb.first);
}

/** Exclusions that name an actor as no side at all: a topic, a title's object, a city's country, a meeting's adjective. */
const ASIDE: ReadonlySet<string> = new Set(['affiliation', 'titleObject']);

/** Actors named in the sentence as taking part, with their roles. */
export function candidates(s: Sentence): Candidate[] {
  if (aboutOtherProcessOnly(s)) return [];
  const out: Candidate[] = [];
  const aside: Named[] = [];
  for (const x of s.actors) {
    const verdict = judge(s, x);
    if (typeof verdict !== 'string') out.push(verdict);
    else if (ASIDE.has(verdict)) aside.push(x);
  }
  // A party named only as what the talks are about or as a title's object ("the envoy for Syria") is not named as
  // a side: the collective noun still stands for the parties ("due delegazioni siriane ... l'inviato per la Siria").
  const sides = aside.length ? { ...s, actors: s.actors.filter((x) => !aside.includes(x)) } : s;
  return [...out, ...guarantorsByRole(s), ...partiesByRole(sides)];
}
