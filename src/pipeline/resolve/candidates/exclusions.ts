// Exclusions: a named actor that the sentence names but does not place at the meeting (negated, in another meeting's
// list, an attribute, an affiliation, a topic, a title's object or post, a city's country). Pure; the first rule of
// EXCLUSIONS that applies drops the actor.
import type { Doc } from '../../doc.js';
import { hasCue } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import { entriesOf } from '../../extract/mentions.js';
import { actorOf } from '../heads.js';
import { negated } from './negation.js';
import type { Named, Rule, Sentence } from './sentence.js';
import { WINDOW } from './windows.js';
import { filler, wordAfter, wordBefore } from './words.js';

/**
 * The word that governs the list an actor stands in: the first word before the list's first item, stepping back over
 * the list's other actors and fillers ("of the foreign ministers of Russia, Syria, Iran and Turkey").
 */
function listGovernor(s: Sentence, m: Mention): number {
  const { doc } = s;
  let j = m.first - 1;
  for (let n = 0; j >= 0 && n < WINDOW.listLookback; n++) {
    const x = doc.cover[j];
    if (x && actorOf(x)) j = x.first - 1;
    else if (filler(doc, j)) j--;
    else break;
  }
  return j;
}

/**
 * "a ministerial meeting of the foreign ministers of Russia, Syria, Iran and Turkey": another meeting's word
 * governing the list makes its actors that meeting's members.
 */
export function otherMeetingList(s: Sentence, m: Mention): boolean {
  return hasCue(s.doc.cover[listGovernor(s, m)], 'otherMeeting');
}

/**
 * "Without the Syrian armed opposition taking part, the round opened", "even without the opposition groups", "بدون
 * مشاركة المعارضة", "sans la Jordanie", "ohne Vertreter der Opposition": news tells an absence with a preposition
 * governing the absent actors' list; they are named to say they are not there.
 */
export function withoutList(s: Sentence, m: Mention): boolean {
  return hasCue(s.doc.cover[listGovernor(s, m)], 'without');
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
  // Over a possessive or case ending ("İran'ın Dışişleri", "Kazakhstan's Foreign Ministry").
  if (hasCue(doc.cover[m.first - 1], 'ministry') || hasCue(doc.cover[wordAfter(doc, m)], 'ministry')) return true;
  for (let j = Math.max(0, m.first - WINDOW.title); j < Math.min(doc.tokens.length, m.last + WINDOW.title); j++) {
    const x = doc.cover[j];
    // "Vertreter", "representatives": a title word that also names a delegation does not make one.
    if (!x || x === m || x.sentence !== m.sentence || !hasCue(x, 'title') || hasCue(x, 'delegation')) continue;
    // Arabic and Persian name the state after the title ("وزير الخارجية الأمريكي"); a title after the state starts
    // the object of a verb ("أوفدت الولايات المتحدة مساعد وزير الخارجية").
    if (doc.lex.verbFirst && x.first >= m.last) continue;
    const [a, b] = x.last <= m.first ? [x.last, m.first] : [m.last, x.first];
    // "the spokesman said that Jordan ...": a delegation word, a comma, a semicolon or "that" starts what the title
    // is not about ("Russia, Iran and Turkey; the Russian envoy ...").
    // A verb of attending, heading or sending between ("Турцию представляет заместитель министра", "Turkey sent
    // its deputy minister") makes the title the verb's other argument, not the state's.
    let blocked = false;
    for (let k = a; k < b; k++)
      if (
        hasCue(doc.cover[k], 'delegation', 'content', 'attend', 'headActive', 'send') ||
        [',', ';'].includes(doc.tokens[k]?.text ?? '')
      )
        blocked = true;
    if (!blocked) return true;
  }
  return false;
}

/** Whether a semicolon stands in [a, b): the clauses it separates do not share a title. */
function semicolonBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.tokens[k]?.text === ';') return true;
  return false;
}

/**
 * "Russian Deputy Foreign Minister Sergei Vershinin": a state just before a titled person is the person's; not across
 * a semicolon ("Russia, Iran and Turkey; envoy X spoke first"), nor across a comma before the title ("... Iran and
 * Turkey, while the UN envoy Geir Pedersen was invited": the list ends there).
 */
function beforeTitledPerson(s: Sentence, m: Mention): boolean {
  return s.persons.mentions.some(
    (p) =>
      p.sentence === s.index &&
      m.first >= p.first - WINDOW.personTitle &&
      m.last <= p.first &&
      !semicolonBetween(s.doc, m.last, p.first) &&
      s.ms.some(
        (x) =>
          hasCue(x, 'title') &&
          x.first >= m.first - WINDOW.title &&
          x.last <= p.first &&
          !commaBetween(s.doc, m.last, x.first),
      ),
  );
}

/** Whether a comma stands in [a, b). */
function commaBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ([',', '،'].includes(doc.tokens[k]?.text ?? '')) return true;
  return false;
}

/** A state's name (not a delegation) as the affiliation of a title or a titled person. */
export function affiliation(s: Sentence, x: Named): boolean {
  return titled(s, x) && !titledAttendee(s, x);
}

/** A state's name or adjective inside a title or before a titled person. */
function titled(s: Sentence, { m, a }: Named): boolean {
  return (a.form === 'name' || a.form === 'demonym') && (inTitle(s.doc, m) || beforeTitledPerson(s, m));
}

/** The state of an official named by title as an attending verb's subject takes part (see `titledAttendee`). */
export function attendingOfficial(s: Sentence, x: Named): boolean {
  return titled(s, x) && titledAttendee(s, x);
}

/** Hard punctuation that closes the list of an attending verb's subjects. */
const LIST_END: ReadonlySet<string> = new Set([',', '،', ';', '؛', ':', '.']);

/**
 * "شارك فيها نائب وزير الخارجية التركي وممثل الرئيس الروسي", "в встрече будет участвовать посол США": officials named
 * by their titles as the subjects of an attending verb stand for their states' delegations. The state of a title is
 * such a subject when it stands between the verb and the end of its clause (or, where the subject comes first, between
 * the clause's start and the verb); a state after a locative ("посол США в Казахстане") is the post, not the sender.
 */
function titledAttendee(s: Sentence, { m }: Named): boolean {
  const { doc } = s;
  if (hasCue(doc.cover[m.first - 1], 'locPrep')) return false;
  return s.ms.some((v) => {
    if (!hasCue(v, 'attend') || hasCue(v, 'negation')) return false;
    const after = v.last <= m.first;
    // The official before the verb is its subject ("Спецпосланник России примет участие", "Rusya'nın özel temsilcisi
    // katılacak"), except where the verb opens its clause (Arabic): there a title before it is another clause's.
    if (!after && doc.lex.verbFirst && !doc.lex.subjectBeforeVerb) return false;
    const [from, to] = after ? [v.last, m.first] : [m.last, v.first];
    for (let k = from; k < to; k++) {
      if (LIST_END.has(doc.tokens[k]?.text ?? '') || hasCue(doc.cover[k], 'content', 'speech')) return false;
    }
    return true;
  });
}

/** "envoy for Syria", "спецпосланник ... по Сирии": the object of a title ("to" as in "from ... to" is no title). */
export function titleObject(s: Sentence, { m, a }: Named): boolean {
  // Over an article: "inviato per la Siria", "envoyé pour la Syrie".
  const prev = s.doc.cover[wordBefore(s.doc, m, 'titleObject')];
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

/**
 * "сирийских переговоров", "the Syrian talks", "pourparlers syriens", "Syrien-Gespräche": an adjective of a state
 * that qualifies a meeting noun (right before it, or right after it where adjectives follow their noun) says what
 * the meeting is about, not who sends a delegation.
 */
export function qualifiesMeeting(s: Sentence, { m, a }: Named): boolean {
  // A word that is an adjective in one language and a name in another ("syriens", German "Syriens") qualifies too.
  if (a.form === 'org' || a.form === 'strong') return false;
  if (!entriesOf(m, 'state').some((e) => e.form === 'demonym')) return false;
  const { doc } = s;
  // Where adjectives follow their noun, a meeting noun after the adjective is the verb's object, not its noun.
  const before = !doc.lex.adjectivesAfterNoun && hasCue(doc.cover[m.last], 'meeting', 'meetingPlural');
  return before || hasCue(doc.cover[m.first - 1], 'meeting', 'meetingPlural');
}

/**
 * "participants agreed to create a group of Iran, Russia and Turkey to watch the truce", "اتفقوا على تشكيل مجموعة
 * تضم إيران وروسيا وتركيا": the states listed after a body the sentence sets up are its members, not the round's
 * attendees (the list's governing word follows the creating phrase closely).
 */
export function bodyMember(s: Sentence, { m }: Named): boolean {
  const j = listGovernor(s, m) + 1;
  return s.ms.some((c) => hasCue(c, 'createdBody') && c.last <= j && j - c.last < WINDOW.createdBody);
}

/** Punctuation that ends a clause. */
const CLAUSE_PUNCT: ReadonlySet<string> = new Set([',', '،', ';', '؛', ':', '.']);

/** A token range [first, last). */
type Span = Pick<Mention, 'first' | 'last'>;

/** No clause-ending punctuation between two spans of a sentence. */
function sameClause(doc: Doc, a: Span, b: Span): boolean {
  const [from, to] = a.last <= b.first ? [a.last, b.first] : [b.last, a.first];
  for (let k = from; k < to; k++) if (CLAUSE_PUNCT.has(doc.tokens[k]?.text ?? '')) return false;
  return true;
}

/**
 * "وكان مسار أستانا قد أُطلق في يناير 2017 تحت رعاية الدول الضامنة، وعُقدت الجولة السابقة في يونيو", "the Astana
 * process was launched in 2017 under the auspices of Russia, Turkey and Iran, and its last round ...": a clause that
 * tells how the format itself was launched (the series named, a launching verb, no meeting noun) describes the format,
 * not a round, even where another clause of the sentence names one.
 */
export function formatLaunchClause(s: Sentence, m: Mention): boolean {
  // From the word that governs the list the mention stands in: the list's own commas end no clause.
  const at = listGovernor(s, m);
  const anchor = { first: at, last: at + 1 };
  const clause = s.ms.filter((x) => sameClause(s.doc, anchor, x));
  if (clause.some((x) => hasCue(x, 'meeting', 'meetingPlural', 'subMeeting'))) return false;
  return (
    clause.some((x) => hasCue(x, 'launchVerb', 'launchWork')) &&
    clause.some((x) => entriesOf(x, 'series').some((e) => s.series.has(e.id))) &&
    pastYearIn(s, anchor, m.sentence)
  );
}

/**
 * A date of an earlier year than the article's in the clause at `at` ("launched in January 2017"): "the Astana talks
 * began on Tuesday" opens the round itself, not the format.
 */
function pastYearIn(s: Sentence, at: Span, sentence: number): boolean {
  const year = s.doc.article.publishedAt.slice(0, 4);
  return s.doc.dates.some(
    (d) => d.sentence === sentence && d.yearStated === true && d.start.slice(0, 4) < year && sameClause(s.doc, at, d),
  );
}

/** Exclusions, in order; the first that applies drops the actor. */
export const EXCLUSIONS: readonly (readonly [string, Rule])[] = [
  ['negated', (s, { m }) => negated(s, m)],
  ['otherMeetingList', (s, { m }) => otherMeetingList(s, m)],
  ['without', (s, { m }) => withoutList(s, m)],
  // "Iran's deputy minister is taking part": the possessor of an attending official is no attribute.
  ['possessiveAttribute', (s, x) => possessiveAttribute(s, x.m) && !attendingOfficial(s, x)],
  ['affiliation', affiliation],
  ['topic', topic],
  ['titleObject', titleObject],
  ['organizationInTitle', organizationInTitle],
  ['cityApposition', cityApposition],
  ['qualifiesMeeting', qualifiesMeeting],
  ['bodyMember', bodyMember],
  ['formatLaunch', (s, { m }) => formatLaunchClause(s, m)],
];
