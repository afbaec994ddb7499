// The mediator of a series at its meetings: a person of the actor that mediates the series (its standing MEDIATOR),
// one of its envoys when the series lists them (a special envoy, not a deputy or a spokeswoman), acting in a sentence about one of its meetings heads that actor's delegation there, and
// a mediating word ("facilitated by", "بتيسير", "convened") places the mediator itself. Pure.
import type { Doc } from '../doc.js';
import { hasCue, sentenceMentions } from '../doc.js';
import { memberRole } from '../knowledge.js';
import type { SeriesMember } from '../knowledge.js';
import type { Persons } from '../extract/persons.js';
import type { Mention } from '../extract/mentions.js';
import { actorOf, employer, formerAround, possessor } from './heads.js';
import { WINDOW } from './candidates/windows.js';
import { gap } from './candidates/words.js';
import { seriesRow } from '../rows.js';

export interface MediatorPerson {
  person: string;
  representing: string;
  at: number;
  /** Heads the delegation by standing; another (a deputy, a spokeswoman) heads it only where the text says so. */
  envoy: boolean;
  /** Serves the series' mediator (or a co-chairing party), whose presence the person's alone attests. */
  mediates: boolean;
}

/**
 * Persons of the sentence who head a member's delegation by their standing: those serving the series' mediator (a
 * gazetteer person's own affiliation), where the sentence names co-chairs ("both co-chairs", "الرئيسين
 * المشاركين") those serving one of its parties, and a member's listed envoys whatever its role (the UN envoy who
 * observes a format, a guarantor's special envoy for it).
 */
export function mediatorPersons(doc: Doc, sentence: number, persons: Persons, series: string): MediatorPerson[] {
  const out: MediatorPerson[] = [];
  const chairs = sentenceMentions(doc, sentence).some((m) => hasCue(m, 'coChair'));
  for (const p of persons.mentions) {
    if (p.sentence !== sentence || out.some((o) => o.person === p.id)) continue;
    // "Pedersen's deputy", "نائبة بيدرسون", "de Mistura's office": the envoy named as a possessor does not act.
    // "the former UN envoy X", "X, ex-envoy of the UN": who once held the post heads nothing now.
    if (employer(doc, p) || possessor(doc, p) || formerAround(doc, p)) continue;
    // "وتناولت تلك الجولة، بحسب بيدرسون، ...", "according to Pedersen": the source of what is told acts in nothing.
    if (hasCue(doc.cover[p.first - 1], 'according')) continue;
    // Only a gazetteer person's standing is known; a name guessed from the text may be anyone of that actor.
    const info = persons.info.get(p.id);
    const aff = info?.known ? info.affiliation : null;
    const role = aff ? memberRole(doc.knowledge, series, aff) : null;
    if (!aff || !role) continue;
    const mediates = role === 'MEDIATOR' || (chairs && role === 'PARTY');
    if (mediates || listedEnvoy(doc, series, aff, p.id))
      out.push({ person: p.id, representing: aff, at: p.first, envoy: isEnvoy(doc, series, aff, p.id), mediates });
  }
  return out;
}

/** Whether a person of a member leads its delegation by standing: one of its envoys, or anyone when none are listed. */
function isEnvoy(doc: Doc, series: string, actor: string, person: string): boolean {
  const member: SeriesMember | undefined = seriesRow(doc.knowledge, series)?.members.find((m) => m.actor === actor);
  return !member?.envoys || member.envoys.includes(person);
}

/** Whether the series lists the person among a member's envoys (an explicit list, not "anyone when none are"). */
function listedEnvoy(doc: Doc, series: string, actor: string, person: string): boolean {
  const member = seriesRow(doc.knowledge, series)?.members.find((m) => m.actor === actor);
  return !!member?.envoys?.includes(person);
}

/** Words between a mediating word and the co-chairs that are its doers ("أدار الجلسة الرئيسان", "run by the co-chairs"). */
const CHAIRS_REACH = 2;

/**
 * "The two co-chairs ran the discussion", "وأدار النقاش الرئيسان المشتركان": a mediating word right next to the
 * co-chairs, in a sentence that names none of the mediators, tells of the co-chairs' own running of the sitting.
 */
function chairsMediate(doc: Doc, ms: readonly Mention[], mediators: readonly SeriesMember[]): boolean {
  if (ms.some((m) => mediators.some((x) => actorOf(m)?.id === x.actor))) return false;
  const chairs = ms.filter((m) => hasCue(m, 'coChair', 'coChairPair'));
  return ms.some((w) => hasCue(w, 'mediate') && chairs.some((c) => gap(doc, w, c) <= CHAIRS_REACH));
}

/**
 * The series' mediators placed by a mediating word in the sentence ("under UN auspices", "بتيسير من الأمم المتحدة"),
 * or named themselves as the sponsor of the talks ("the round the UN sponsors", "التي ترعاها الأمم المتحدة"): where
 * the series' standing role for that actor is mediating, sponsoring its meeting is mediating it.
 */
export function mediatedBy(doc: Doc, sentence: number, series: string): string[] {
  const ms = sentenceMentions(doc, sentence);
  const mediators = (seriesRow(doc.knowledge, series)?.members ?? []).filter((m) => m.role === 'MEDIATOR');
  if (ms.some((m) => hasCue(m, 'mediate')) && !chairsMediate(doc, ms, mediators)) return mediators.map((m) => m.actor);
  const sponsors = ms.filter((m) => hasCue(m, 'sponsor'));
  if (!sponsors.length) return [];
  return mediators
    .map((m) => m.actor)
    .filter((id) => ms.some((m) => actorOf(m)?.id === id && sponsors.some((x) => gap(doc, m, x) < WINDOW.sponsor)));
}

/** Tokens after a single co-chair in which the side it chairs for is named ("the co-chair the opposition nominated"). */
const CHAIR_SIDE_REACH = 5;

/** Tokens between an appeal or invitation word and the co-chairs it is addressed to ("urging the two co-chairs"). */
const ADDRESSED_REACH = 3;

/**
 * "I am urging the two co-chairs to ...", "ناشد الرئيسين المشاركين ...": co-chairs that are the object of an appeal
 * (cue appeal) right before them, in their clause, are asked to act, not said to attend.
 */
function addressedBefore(doc: Doc, ms: Mention[], m: Mention): boolean {
  return ms.some((x) => {
    if (!hasCue(x, 'appeal') || x.last > m.first || m.first - x.last > ADDRESSED_REACH) return false;
    for (let k = x.last; k < m.first; k++) if (doc.tokens[k]?.kind === 'punct') return false;
    return true;
  });
}

/** A member placed by its co-chair, and where the co-chair is named (the sentence's round nearest it is theirs). */
export interface ChairedBy {
  actor: string;
  at: number;
}

/**
 * The members whose co-chairs the sentence names: both together ("both co-chairs", "الرئيسين المشاركين"), or one
 * co-chair with the side it chairs for just after it ("the Co-Chair the opposition nominated", "الرئيس المشترك عن
 * المعارضة"). A co-chair without a side ("the committee's co-chair Hadi al-Bahra") stands for the side its person
 * is of, which the heads find. Co-chairs meeting for a preparatory meeting ("a preparatory meeting of the two
 * co-chairs", "اجتماع تحضيري بين الرئيسين المشاركين") are at that meeting, not yet at the session.
 */
export function chairedBy(doc: Doc, sentence: number, series: string): ChairedBy[] {
  const ms = sentenceMentions(doc, sentence);
  if (ms.some((m) => hasCue(m, 'preparatoryMeeting'))) return [];
  const chairs = (seriesRow(doc.knowledge, series)?.members ?? []).filter((m) => m.chairs).map((m) => m.actor);
  const out: ChairedBy[] = [];
  for (const m of ms) {
    // Only a co-chair word is asked whether it is addressed: asking every mention scanned the sentence once per word.
    const pair = hasCue(m, 'coChairPair');
    if ((!pair && !hasCue(m, 'coChair')) || addressedBefore(doc, ms, m)) continue;
    if (pair) out.push(...chairs.map((actor) => ({ actor, at: m.first })));
    else {
      const side = ms.find(
        (x) => x.first >= m.last && x.first - m.last <= CHAIR_SIDE_REACH && chairs.includes(actorOf(x)?.id ?? ''),
      );
      const actor = side ? actorOf(side)?.id : undefined;
      if (actor) out.push({ actor, at: m.first });
    }
  }
  return out;
}
