// Hosting and admissions: how a sentence makes a named actor take part (it hosts, is listed, stands next to a
// delegation word, is the subject of an attending, sponsoring or outcome verb ...). Pure; any rule of ADMISSIONS that
// applies keeps the actor.
import type { Doc } from '../../doc.js';
import type { CueName } from '../../knowledge.js';
import { hasCue } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import { entriesOf } from '../../extract/mentions.js';
import type { Named, Rule, Sentence } from './sentence.js';
import { WINDOW } from './windows.js';
import { filler, gap, near } from './words.js';
import { andBeforeArticle } from '../../normalize/clitics.js';
import { attendingOfficial } from './exclusions.js';

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
  if (a.form === 'demonym' || a.form === 'org' || listed(s, x) || cityLocator(s, x)) return false;
  return ms.some((h) => {
    if (h === m || !hasCue(h, 'host') || gap(doc, m, h) >= WINDOW.host) return false;
    if (!(m.last <= h.first || doc.lex.verbFirst || hasCue(h, 'hostBy'))) return false;
    // "the agency recalled that Geneva hosted the round": a place or a clause opening between is the verb's subject.
    const [from, to] = m.last <= h.first ? [m.last, h.first] : [h.last, m.first];
    if (ms.some((b) => b.first >= from && b.last <= to && (entriesOf(b, 'place').length > 0 || hasCue(b, 'content'))))
      return false;
    // "3.6 million refugees are hosted by Turkey": what is hosted is a meeting, named near the verb.
    return ms.some((b) => gap(doc, b, h) < WINDOW.hosted && hasCue(b, 'meeting', 'meetingPlural', 'subMeeting'));
  });
}

/** "Geneva, Switzerland hosted ...": a country right after a city and a comma locates the city; the city hosts. */
function cityLocator(s: Sentence, { m }: Named): boolean {
  const before = s.doc.cover[m.first - 2];
  return (
    [',', '،'].includes(s.doc.tokens[m.first - 1]?.text ?? '') && !!before && entriesOf(before, 'place').length > 0
  );
}

/** "The United States sent X ... to follow the session as an observer": the one state of an observer sentence. */
export function loneObserver(s: Sentence, { a }: Named): boolean {
  return (
    a.form === 'name' &&
    s.actors.filter((o) => o.a.id !== a.id && o.a.form !== 'org').length === 0 &&
    s.ms.some((x) => hasCue(x, 'observer'))
  );
}

/**
 * "Jordan took part", "участвовала Иордания": a state right next to an attending verb is its subject; so is one right
 * next to a verb of sending in a sentence about taking part ("وأوفدت روسيا نائب وزير الخارجية لترؤس وفدها").
 */
export function attendingSubject(s: Sentence, { m, a }: Named): boolean {
  return (
    a.form === 'name' &&
    near(s.doc, m, ['attend', 'send'], WINDOW.subject) &&
    !hasCue(s.doc.cover[m.first - 1], 'titleObject')
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
  return namedSponsor(s, x) || coSponsor(s, x);
}

/** A guarantor in the list a sponsoring word governs. */
function namedSponsor(s: Sentence, x: Named): boolean {
  return listOf(s, x).some((y) => y.a.form !== 'demonym' && near(s.doc, y.m, ['sponsor'], WINDOW.sponsor));
}

/**
 * News names the sponsors with who each one backs in between: "brokered by Turkey, the opposition's backer, and by
 * Russia and Iran", "تتولى رعايتها روسيا وإيران، حليفتا النظام، وتركيا", "regime allies Russia and Iran and the rebels'
 * backer Turkey are sponsoring". Such an apposition breaks the list, so a guarantor near a named sponsor guarantor,
 * in the same clause (no "that", no speech verb, no semicolon or colon between), sponsors too.
 */
function coSponsor(s: Sentence, x: Named): boolean {
  if (x.a.form === 'demonym') return false;
  return s.actors.some(
    (y) =>
      y.a.id !== x.a.id &&
      s.guarantors.includes(y.a.id) &&
      gap(s.doc, x.m, y.m) < WINDOW.coSponsor &&
      !clauseOpensBetween(s, x.m, y.m) &&
      namedSponsor(s, y),
  );
}

/** Words that open another clause between two mentions: "that", a speech verb, a semicolon or a colon. */
function clauseOpensBetween(s: Sentence, a: Mention, b: Mention): boolean {
  const [from, to] = a.last <= b.first ? [a.last, b.first] : [b.last, a.first];
  for (let k = from; k < to; k++)
    if (hasCue(s.doc.cover[k], 'content', 'speech') || [';', ':', '؛'].includes(s.doc.tokens[k]?.text ?? ''))
      return true;
  return false;
}

/**
 * "Russia, Turkey and Iran could not bridge their differences at the seventh round": the guarantors as subjects of an
 * outcome verb in a sentence that names the round took part in it.
 */
export function outcomeSubject(s: Sentence, x: Named): boolean {
  if (!s.ownRound || !s.guarantors.includes(x.a.id)) return false;
  return listOf(s, x).some((y) => y.a.form !== 'demonym' && near(s.doc, y.m, ['outcome'], WINDOW.subject));
}

/** The cues of a meeting's document: its joint statement, final communiqué, declaration (or reading it out). */
export const DOCUMENT_CUES: CueName[] = ['documentNoun', 'readOut'];

/**
 * "the 19th round closed with the joint statement issued by Iran, Russia and Turkey", "بيان مشترك صادر عن روسيا
 * وتركيا وإيران في ختام الجولة": the guarantors named together as the authors of a document of a round the sentence
 * names took part in it (the joint statement is their act at the round). Where the sentence names no round, the
 * document may be another meeting's (a summit's, an earlier round's): no one is placed by it.
 */
export function documentAuthor(s: Sentence, x: Named): boolean {
  if (!s.ownRound || !s.guarantors.includes(x.a.id) || x.a.form === 'demonym') return false;
  // A joint act: two guarantors or more in the list ("a statement from Turkey" is that state's own).
  const list = listOf(s, x);
  if (new Set(list.filter((y) => s.guarantors.includes(y.a.id)).map((y) => y.a.id)).size < 2) return false;
  return list.some((y) => y.a.form !== 'demonym' && near(s.doc, y.m, DOCUMENT_CUES, WINDOW.author));
}

/**
 * "the Russian delegation", "وفد روسيا", and every item of a list that follows a delegation word ("وفوداً أميركية
 * وتركية وأردنية", "delegations from Jordan, Iraq and Lebanon"): the list, not only its first item, is the delegations'.
 */
export function delegationList(s: Sentence, x: Named): boolean {
  if (x.a.form === 'org') return false;
  return listOf(s, x).some((y) => y.a.form !== 'org' && near(s.doc, y.m, ['delegation'], WINDOW.delegation));
}

/** Tokens between a bare adjective and the date that follows it ("the Turkish on Tuesday", "والتركي يوم الثلاثاء"). */
const DATE_REACH = 2;

/**
 * "the Russian delegation arrived on Monday, the Turkish on Tuesday", "وصل الوفد الروسي الاثنين والتركي الثلاثاء",
 * "российская делегация прибыла в понедельник, турецкая — во вторник", "la délégation russe ..., la turque mardi": a
 * state's adjective standing alone after an adjective with a delegation noun names a delegation whose noun is left
 * out. Alone: nothing of its own follows it but punctuation, the end of the sentence, a date or a verb of coming.
 */
export function elidedDelegation(s: Sentence, x: Named): boolean {
  if (x.a.form !== 'demonym') return false;
  const model = s.actors.some(
    (y) =>
      y !== x && y.a.form === 'demonym' && y.m.last <= x.m.first && near(s.doc, y.m, ['delegation'], WINDOW.delegation),
  );
  return model && opensAlone(s.doc, x.m) && standsAlone(s.doc, x.m);
}

/**
 * Where adjectives follow their noun, nothing of the adjective's own stands before it either: an article, a comma or
 * "and" ("la turque", "والتركي"), not a noun ("القوات التركية").
 */
function opensAlone(doc: Doc, m: Mention): boolean {
  if (!doc.lex.adjectivesAfterNoun) return true;
  return filler(doc, m.first - 1) || andBeforeArticle(doc.dict.clitics, doc.tokens[m.first]?.text ?? '');
}

/** Nothing of the adjective's own follows it: punctuation, the sentence's end, a date or a verb of coming. */
function standsAlone(doc: Doc, m: Mention): boolean {
  const t = doc.tokens[m.last];
  if (!t || t.sentence !== m.sentence || t.kind === 'punct') return true;
  if (hasCue(doc.cover[m.last], 'attend', 'arrive')) return true;
  // A day named after it ("on Tuesday", "يوم الثلاثاء"), as a date or a weekday alone.
  for (let k = m.last; k <= m.last + DATE_REACH; k++) if (hasCue(doc.cover[k], 'weekday', 'relday')) return true;
  return doc.dates.some((d) => d.sentence === m.sentence && d.first >= m.last && d.first - m.last <= DATE_REACH);
}

/** The words between a meeting noun and "between" ("the peace talks between", "مباحثات السلام بين"). */
const BETWEEN_AFTER_MEETING = 3;

/** A meeting noun, or the series named by its talks ("the Geneva talks", "pourparlers de Genève"). */
function talksNoun(m: Mention): boolean {
  return hasCue(m, 'meeting') || entriesOf(m, 'series').length > 0;
}

/** The "between" word right after a meeting noun that opens the list of the meeting's sides, if any. */
export function talksBetween(doc: Doc, ms: readonly Mention[]): Mention[] {
  return ms.filter(
    (b) =>
      hasCue(b, 'between') &&
      ms.some((t) => t.last <= b.first && talksNoun(t) && gap(doc, t, b) < BETWEEN_AFTER_MEETING),
  );
}

/**
 * "talks between the government and the opposition", "مباحثات بين الحكومة والمعارضة": the sides of the meeting are
 * the series' parties named in the list that follows "between" (only parties: a meeting "between" other states is a
 * bilateral one, not the round).
 */
export function betweenParties(s: Sentence, x: Named): boolean {
  if (!s.parties.includes(x.a.id) || x.a.form === 'demonym') return false;
  const opens = talksBetween(s.doc, s.ms);
  return listOf(s, x).some((y) => opens.some((b) => b.last <= y.m.first && gap(s.doc, b, y.m) === 0));
}

/**
 * "شاركت روسيا وتركيا، الدولتان الضامنتان، إلى جانب الأردن", "Russia attended, along with Jordan": an actor right after
 * a joining word ("along with", "in addition to", "إلى جانب", "а также") that follows an attending verb joins that
 * verb's subjects, wherever an apposition broke the list.
 */
export function joinedToAttendees(s: Sentence, x: Named): boolean {
  if (x.a.form === 'demonym') return false;
  // A phrase, not the bare "and" that also joins clauses ("Russia attended and Turkey objected").
  const join = s.ms.find(
    (j) => j.last <= x.m.first && j.last - j.first > 1 && hasCue(j, 'alsoJoin') && gap(s.doc, j, x.m) === 0,
  );
  return !!join && s.ms.some((v) => v.last <= join.first && hasCue(v, 'attend'));
}

/** Admissions: any one that applies keeps the actor. */
export const ADMISSIONS: readonly (readonly [string, Rule])[] = [
  ['organization', (_s, { a }) => a.form === 'org'],
  ['strongName', (_s, { a }) => a.form === 'strong'],
  ['listed', (s, x) => x.a.form === 'name' && listed(s, x)],
  ['delegation', delegationList],
  ['elidedDelegation', elidedDelegation],
  ['loneObserver', loneObserver],
  ['attendingSubject', attendingSubject],
  ['sponsor', sponsorOf],
  ['outcome', outcomeSubject],
  ['author', documentAuthor],
  ['between', betweenParties],
  ['attendingOfficial', attendingOfficial],
  ['joinedToAttendees', joinedToAttendees],
];
