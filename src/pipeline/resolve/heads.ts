// Stage 8b: heads of delegations — "X headed the Russian delegation", "وفد ... الذي يترأسه X", "led by X", and lists
// of heads after one cue ("co-chaired by A, B and C"), each with the actor they represent. Pure.
import type { Doc } from '../doc.js';
import { cueWords, hasCue, sentenceMentions, span } from '../doc.js';
import { foldKey } from '../normalize/fold.js';
import type { Mention } from '../extract/mentions.js';
import { entriesOf, isHard } from '../extract/mentions.js';
import { andBeforeArticle, andGlued, definiteWord, readingsOf } from '../normalize/clitics.js';
import type { Persons } from '../extract/persons.js';

/** The actor a mention names and how: an organization, a state's government ("strong"), a country name, a demonym. */
// In that order of preference: the first organization, else the first state entry of the strongest form. One pass
// over the entries: this runs for every mention of every sentence the participation rules read.
export function actorOf(m: Mention): { id: string; form: 'name' | 'strong' | 'demonym' | 'org' } | null {
  let strong: string | null = null;
  let name: string | null = null;
  let dem: string | null = null;
  for (const e of m.entries) {
    if (e.type === 'org') return { id: e.id, form: 'org' };
    if (e.type !== 'state') continue;
    if (e.form === 'strong') strong ??= e.id;
    else if (e.form === 'name') name ??= e.id;
    else dem ??= e.id;
  }
  if (strong !== null) return { id: strong, form: 'strong' };
  if (name !== null) return { id: name, form: 'name' };
  return dem !== null ? { id: dem, form: 'demonym' } : null;
}

/**
 * "co-chaired by A, title, B, title, and Iran's C", "represented by A ..., and the opposition by B": each further
 * person joined to the previous one by a comma, "and" or "by" heads the delegation of the state they serve.
 */
function listedHeads(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  first: Persons['mentions'][number],
  out: { person: string; representing: string; at: number }[],
  persons: Persons,
): void {
  let prev = first;
  for (const q of ps.filter((p) => p.first > first.first && !employer(doc, p))) {
    if (q.first - prev.last > 28) break;
    const between = ms.filter((m) => m.first >= prev.last && m.last <= q.first);
    // A new clause ends the list; "and the opposition's delegation B" (a delegation word) continues it.
    if (
      between.some(
        (m) => hasCue(m, 'speech', 'content', 'meeting') || (hasCue(m, 'participate') && !hasCue(m, 'delegation')),
      )
    )
      break;
    // "..., and Iran's Ali Asghar Haji": the joiner may stand before a state and its possessive.
    const joined = [1, 2, 3, 4, 5]
      .map((n) => q.first - n)
      .filter((j) => j >= prev.last)
      .some((j) => {
        const t = doc.tokens[j];
        // Arabic glues "and" to the next word: "ووفد المعارضة", "والإيراني", "وإيران B".
        return (
          !!t &&
          ([',', '—', '–'].includes(t.text) ||
            andBeforeArticle(doc.dict.clitics, t.text) ||
            gluedActor(doc, j) ||
            hasCue(doc.cover[j], 'rangeJoin', 'byWord'))
        );
      });
    if (!joined) break;
    const own = persons.info.get(q.id)?.affiliation ?? null;
    // "A, title (Russia), B": a bracketed actor belongs to the name before it, not to the next one.
    const named =
      [...between]
        .reverse()
        .filter((m) => doc.tokens[m.first - 1]?.text !== '(')
        .map(actorOf)
        .find((a) => a !== null)?.id ?? null;
    const rep = own ?? bracketedActor(doc, q) ?? named;
    if (rep && !out.some((o) => o.person === q.id)) out.push({ person: q.id, representing: rep, at: q.first });
    prev = q;
  }
}

/** "ويمثل روسيا A وإيران B": an actor with the conjunction glued to it at token j joins the next pair. */
function gluedActor(doc: Doc, j: number): boolean {
  const m = doc.cover[j];
  return !!m && m.first === j && andGlued(doc.dict.clitics, doc.tokens[j]?.text ?? '') && actorOf(m) !== null;
}

/**
 * A person named only as someone's employer: "the envoy of Russian President Vladimir Putin", "Foreign Minister
 * Zarif's senior assistant" — the title holder is the actor, not the person named inside the title.
 */
export function employer(doc: Doc, p: { first: number; last: number }): boolean {
  // A bare title in the construct state right before the name ("نائبة بيدرسون", "مساعد دي ميستورا") names its
  // possessor, not its holder; with the article ("المبعوث غير بيدرسون") the name holds the title. So does a regime or
  // government word before a name in the genitive ("نظام بشار الأسد", "режима Башара Асада").
  const bare = doc.cover[p.first - 1];
  const definite = definiteWord(doc.dict.clitics, doc.tokens[p.first - 1]?.text ?? '');
  if (
    bare &&
    bare.last === p.first &&
    !definite &&
    hasCue(bare, 'possessedTitle') &&
    !pronounPossessed(doc, p.first - 1)
  )
    return true;
  if (genitivePossessor(doc, p)) return true;
  if (
    doc.tokens[p.last]?.text === "'" &&
    doc.tokens[p.last + 1]?.text === 's' &&
    hasCue(doc.cover[p.last + 2], 'title', 'titleWord')
  )
    return true;
  let j = p.first - 1;
  let titled = false;
  for (let n = 0; j >= 0 && n < 6; n++) {
    const x = doc.cover[j];
    // An organization's adjective ("الأممي", a title word too) stands inside the title: "spokeswoman of the UN envoy X".
    const org = x && !hasCue(x, 'titleWord') && x.entries.some((e) => e.type === 'org');
    if (!x || org || hasCue(x, 'employerOf') || x.entries.some((e) => e.type === 'person')) break;
    // "השליח של הנשיא הרוסי לסוריה X": a state with the title's preposition glued to it ("to Syria") is the object
    // that closes the name's own title, as "for Syria" does where the preposition is a word: the name holds the title.
    if (objectStateGlued(doc, x)) return false;
    // "an aide to the Foreign Minister X": a small word may stand inside the title, not a conjunction.
    const small = hasCue(x, 'stop') && !hasCue(x, 'alsoJoin', 'rangeJoin');
    if (!small && !hasCue(x, 'title', 'titleWord', 'ministry') && !x.entries.some((e) => e.type === 'state')) break;
    titled ||= hasCue(x, 'title');
    j = x.first - 1;
  }
  // "نظام الرئيس بشار الأسد", "режима президента Асада": a bare regime or government word before the name's own title
  // (no "of" between, the construct state or the genitive) owns the titled name.
  const owner = doc.cover[j];
  const bareOwner = !definiteWord(doc.dict.clitics, doc.tokens[j]?.text ?? '');
  if (titled && bareOwner && owner && hasCue(owner, 'possessedTitle') && hasCue(owner, 'office')) return true;
  // "envoy of Vladimir Putin" (nothing between), "envoy of Russian President Vladimir Putin" (a title between); not
  // "Minister of Foreign Affairs Sergey Lavrov", where only a ministry stands between.
  if ((!titled && j !== p.first - 1) || !hasCue(doc.cover[j], 'employerOf')) return false;
  const of = doc.cover[j];
  // "the government of Erdogan", "the office of Lavrov", "the regime of X": an office word owns the name as a title
  // does.
  return !!of && ownsName(doc, doc.cover[of.first - 1]);
}

/**
 * A state mention whose word carries a glued preposition of a title's object (cue titleObject: Hebrew "ל" in
 * "לסוריה"): what is left once the preposition is taken off is one of the word's clitic-free readings.
 */
function objectStateGlued(doc: Doc, x: Mention): boolean {
  if (x.last !== x.first + 1 || !x.entries.some((e) => e.type === 'state')) return false;
  const word = doc.tokens[x.first]?.text ?? '';
  const readings = readingsOf(doc.dict.clitics, word)?.all ?? [];
  return (doc.lex.cues.titleObject ?? []).some(
    (c) => word.length > c.length + 1 && word.startsWith(c) && readings.includes(word.slice(c.length)),
  );
}

/** A title, office or regime word — or an actor named by one ("the regime") — owns the name after "of". */
function ownsName(doc: Doc, m: Mention | undefined): boolean {
  if (!m) return false;
  if (hasCue(m, 'title', 'titleWord', 'office', 'possessedTitle')) return true;
  const words = cueWords(doc.lex, 'possessedTitle');
  return actorOf(m) !== null && doc.tokens.slice(m.first, m.last).some((t) => words.has(t.text));
}

/**
 * "يتولى رئاسة الجولة نائبه X" ("his deputy X"): a title carrying a possessive suffix of the lexicon's noun affixes is
 * possessed already, so the name after it is its holder, not its possessor.
 */
function pronounPossessed(doc: Doc, k: number): boolean {
  const affixes = doc.lex.nounAffixes;
  if (!affixes) return false;
  // The written word, not the folded one: folding reads a final "ة" as "ه" ("نائبة", a deputy, as "نائبه", his).
  const text = span(doc, k, k + 1).text;
  const words = cueWords(doc.lex, 'possessedTitle');
  return affixes.suffixes.some((suffix) => {
    if (!text.endsWith(suffix) || text.length <= suffix.length) return false;
    const stem = text.slice(0, -suffix.length);
    // The bound form of a final letter before a suffix ("نائبته" from "نائبة") is read back.
    const bound = Object.entries(affixes.bound).find(([, b]) => stem.endsWith(b));
    const restored = bound ? stem.slice(0, -bound[1].length) + bound[0] : null;
    return words.has(foldKey(stem)) || (restored !== null && words.has(foldKey(restored)));
  });
}

/** Tokens after a name in the genitive searched for the title it possesses. */
const GENITIVE_REACH = 8;

/**
 * "Vladimir Putin'in Suriye'den sorumlu Özel Temsilcisi X": where possessors come first, a name with a genitive
 * ending and a title after it in the same clause names the title's possessor, not its holder.
 */
function genitivePossessor(doc: Doc, p: { last: number }): boolean {
  if (!doc.lex.modifiersBeforeNoun) return false;
  const apostrophe = (k: number): boolean => ["'", '’'].includes(doc.tokens[k]?.text ?? '');
  if (!apostrophe(p.last) || !hasCue(doc.cover[p.last + 1], 'genitiveEnding')) return false;
  const end = Math.min(doc.tokens.length, p.last + 2 + GENITIVE_REACH);
  for (let k = p.last + 2; k < end; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind === 'newline' || (t.kind === 'punct' && !apostrophe(k))) return false;
    const x = doc.cover[k];
    if (x?.entries.some((e) => e.type === 'person')) return false;
    if (hasCue(x, 'title')) return true;
  }
  return false;
}

/** Tokens between a source ("according to X") and a head cue in the source's own apposition (", who heads"). */
const SOURCE_APPOSITION = 3;

/** "X headed the Russian delegation", "وفد ... الذي يترأسه X", "led by X": the person and whom they represent. */
export function heads(
  doc: Doc,
  sentence: number,
  persons: Persons,
): { person: string; representing: string; at: number }[] {
  const ms = sentenceMentions(doc, sentence);
  const out: { person: string; representing: string; at: number }[] = [];
  const ps = persons.mentions.filter((p) => p.sentence === sentence);
  for (const cue of ms.filter((m) => hasCue(m, 'head', 'headActive') || delegationTitle(doc, m))) {
    if (headsAnOffice(doc, cue, ps) || formerHolder(doc, cue)) continue;
    // "Representing Türkiye is X" names the head after the cue; "A, representing Turkey, met B" the subject before.
    const fronted = hasCue(cue, 'headFronted') ? (frontedApposition(doc, cue, ps) ? 'before' : 'after') : null;
    // "X heads the Russian team" names the head before the verb; "headed by X", "يترأسه X" after it.
    const active = hasCue(cue, 'headActive');
    let best: (typeof ps)[number] | undefined;
    let dist = Infinity;
    // "Iran sent X": a sending verb names the person right after it (with a title at most), not one further on —
    // except where the verb ends its clause and its object comes before it ("İran, X'i gönderecek").
    const reach = hasCue(cue, 'send') && !doc.lex.verbFinal ? 8 : 16;
    for (const p of ps) {
      // One person heads one delegation per sentence: "A heads X, and B represents Y".
      // "the alliance that President Assad's party leads": a possessor is not the one who leads.
      if (employer(doc, p) || possessor(doc, p) || (active && out.some((o) => o.person === p.id))) continue;
      // "according to X, ... the delegates who represent the regime": the source of what is told heads nothing
      // beyond their own apposition ("in the words of X, who heads the Russian delegation").
      if (
        hasCue(doc.cover[p.first - 1], 'according') &&
        !(p.last <= cue.first && cue.first - p.last <= SOURCE_APPOSITION)
      )
        continue;
      if (!active && p.first >= cue.last && ownedByLaterCue(doc, ms, ps, cue, p)) continue;
      if ((fronted === 'after' && p.last <= cue.first) || (fronted === 'before' && p.first >= cue.last)) continue;
      // Otherwise the head follows ("headed by X", "يترأسه X"); one before the cue only when none follows.
      const d = active
        ? p.last <= cue.first
          ? cue.first - p.last
          : Infinity
        : p.first >= cue.last
          ? p.first - cue.last
          : 100 + cue.first - p.last;
      // A person before the cue with a speech verb in between is the speaker, not the head.
      // "X, que estuvo al frente de ...": a "that" word opening the name's apposition is a relative pronoun.
      const spoke =
        p.last <= cue.first &&
        ms.some(
          (m) =>
            m.first >= p.last &&
            m.last <= cue.first &&
            (hasCue(m, 'speech') || (hasCue(m, 'content') && !relativeAfterName(doc, p, m))),
        );
      // "X, who is the President's special representative for ... and ..., leads the delegation": a subject's whole
      // apposition between its commas may run past the reach.
      const apposed = p.last <= cue.first && d > reach && apposedSubject(doc, ms, ps, p, cue);
      if (!spoke && d < dist && (d <= reach || apposed || (d >= 100 && d <= 112 && reach === 16))) {
        best = p;
        dist = d;
      }
    }
    // Free word order ("Российскую делегацию возглавлял Лаврентьев", "Leading the team was X"): with no one
    // before an active verb, the person right after it, past the title they hold ("возглавляет старший помощник
    // министра иностранных дел X").
    if (!best && active)
      best = ps.find(
        (p) =>
          p.first >= cue.last &&
          p.first - cue.last - appositionTokens(doc, cue.last, p.first) <= 3 &&
          !employer(doc, p),
      );
    if (best && best.first >= cue.last) best = apposedHolder(doc, cue, ps, best) ?? best;
    best ??= lateApposition(doc, ms, ps, cue) ?? adverbialSubject(doc, ms, ps, cue);
    if (!best) continue;
    const rep = representedBy(doc, ms, cue, best, persons);
    if (rep && !out.some((o) => o.person === best.id)) out.push({ person: best.id, representing: rep, at: best.first });
    if (best.first >= cue.last) listedHeads(doc, ms, ps, best, out, persons);
    else if (hasCue(cue, 'headAfterName')) gappedHeads(doc, ms, ps, best, out, persons);
    // "Rusya'yı A ile B temsil ediyor", "A and B lead the Russian side": conjoined subjects share the delegation.
    if (active && best.last <= cue.first && rep) coordinatedHeads(doc, ms, ps, best, rep, out, persons);
    if (active && best.last <= cue.first) gappedAfterVerb(doc, ps, cue, out, persons);
  }
  if (out.length) forActorHeads(doc, ms, ps, out, persons);
  if (out.length && ms.some((m) => hasCue(m, 'respectively'))) respectiveHeads(doc, ms, ps, out, persons);
  for (const h of [...attendees(doc, ms, ps, persons), ...listedAttendees(doc, ms, ps, persons)])
    if (!out.some((o) => o.person === h.person)) out.push(h);
  return out;
}

/**
 * "بشار الجعفري رئيس الوفد السوري لأستانا خلال لقائه ... أجرى الرئيس الروسي X", "A, head of the Syrian delegation,
 * met B": a head title right after a name (a comma at most between) is that name's apposition, unless the title
 * phrase runs on straight to the later name ("التقى A رئيس وفد المعارضة B", "head of the Syrian delegation B").
 */
function apposedHolder(
  doc: Doc,
  cue: Mention,
  ps: Persons['mentions'],
  after: Persons['mentions'][number],
): Persons['mentions'][number] | undefined {
  if (!hasCue(cue, 'title') || titleRunsTo(doc, cue.last, after.first)) return undefined;
  return ps.find(
    (p) =>
      (p.last === cue.first || (p.last + 1 === cue.first && COMMAS.has(doc.tokens[p.last]?.text ?? ''))) &&
      !employer(doc, p) &&
      !possessor(doc, p),
  );
}

/**
 * "A, the deputy minister and special envoy for the Gulf and North Africa, heads the Jordanian delegation": tokens
 * between a subject and its active head verb are only the subject's apposition — a comma after the name and one
 * right before the verb, no other name, no verb of speech, attendance, meeting or heading and no clause break.
 */
function apposedSubject(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  p: Persons['mentions'][number],
  cue: Mention,
): boolean {
  if (cue.first - p.last > LATE_APPOSITION) return false;
  if (!COMMAS.has(doc.tokens[p.last]?.text ?? '') || !COMMAS.has(doc.tokens[cue.first - 1]?.text ?? '')) return false;
  if (ps.some((x) => x !== p && x.first >= p.last && x.last <= cue.first)) return false;
  if (doc.tokens.slice(p.last, cue.first).some((t) => isHard(t) && !COMMAS.has(t.text))) return false;
  return !ms.some(
    (m) =>
      m.first >= p.last &&
      m.last <= cue.first &&
      hasCue(m, 'speech', 'attend', 'meeting', 'head', 'headActive', 'clauseBreak'),
  );
}

/** How far back a head title closing a long apposition may reach its name. */
const LATE_APPOSITION = 32;

/**
 * "Among those present was A, the deputy minister and a veteran diplomat who, as before, is head of the government
 * delegation": a head title closing a long apposition (after a comma or a copula) belongs to the name that opens it,
 * with no other name, no verb of speech, attendance or meeting and no clause break between.
 */
function lateApposition(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  cue: Mention,
): Persons['mentions'][number] | undefined {
  const prev = doc.tokens[cue.first - 1]?.text ?? '';
  const opened = doc.cover[cue.first - 1];
  if (!hasCue(cue, 'title') || !(COMMAS.has(prev) || (opened && hasCue(opened, 'predicateCopula')))) return undefined;
  const p = [...ps].reverse().find((x) => x.last <= cue.first);
  if (!p || cue.first - p.last > LATE_APPOSITION || employer(doc, p) || possessor(doc, p)) return undefined;
  const hard = doc.tokens.slice(p.last, cue.first).some((t) => isHard(t) && !COMMAS.has(t.text));
  const verb = ms.some(
    (m) =>
      m.first >= p.last &&
      m.last <= cue.first &&
      (m !== opened || !hasCue(m, 'predicateCopula')) &&
      hasCue(m, 'speech', 'attend', 'meeting', 'head', 'headActive', 'clauseBreak'),
  );
  return hard || verb ? undefined : p;
}

/**
 * "X, que ...", "X, qui ...", "X, che ...": a "that" word right after the comma closing a name opens a relative clause;
 * so does one right after the name itself ("X که ریاست هیئت ... را بر عهده دارد"): a complementizer follows its verb,
 * never the bare subject.
 */
function relativeAfterName(doc: Doc, p: { last: number }, m: Mention): boolean {
  return m.first === p.last || (m.first === p.last + 1 && COMMAS.has(doc.tokens[p.last]?.text ?? ''));
}

/** Tokens after "at the head of" in which its delegation word stands ("at the head of the Iranian team"). */
const ADVERBIAL_OBJECT = 4;

/**
 * "X, senior aide to the minister, flew to Astana on Monday morning at the head of the Iranian team": the adverbial
 * "at the head of a delegation" (cue headAdverbial, then a delegation word) is said of the clause's subject, the
 * last person before it, however far: no other person, no verb of speech or heading and no clause break between.
 */
function adverbialSubject(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  cue: Mention,
): Persons['mentions'][number] | undefined {
  if (!hasCue(cue, 'headAdverbial')) return undefined;
  const object = ms.find(
    (m) => m.first >= cue.last && m.first - cue.last <= ADVERBIAL_OBJECT && hasCue(m, 'delegation'),
  );
  if (!object || ps.some((p) => p.first >= cue.last)) return undefined;
  const p = [...ps].reverse().find((x) => x.last <= cue.first);
  if (!p || employer(doc, p) || possessor(doc, p)) return undefined;
  const between = ms.filter((m) => m.first >= p.last && m.last <= cue.first);
  if (between.some((m) => hasCue(m, 'speech', 'content', 'head', 'headActive', 'clauseBreak', 'relative')))
    return undefined;
  return doc.tokens.slice(p.last, cue.first).some((t) => isHard(t) && !COMMAS.has(t.text)) ? undefined : p;
}

/** Tokens [from, to) are a title phrase only: title and delegation words, actors, small words and commas. */
function titleRunsTo(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to;) {
    const m = doc.cover[k];
    const t = doc.tokens[k];
    if (!m) {
      if (!t || !(COMMAS.has(t.text) || QUOTES.has(t.text) || t.text === 's')) return false;
      k++;
      continue;
    }
    if (!actorOf(m) && !hasCue(m, 'title', 'titleWord', 'delegation', 'ministry', 'stop')) return false;
    k = m.last;
  }
  return true;
}

/** Whom the head found for a cue represents: the actor across the verb, a bracketed one, or their own state. */
function representedBy(
  doc: Doc,
  ms: Mention[],
  cue: Mention,
  best: Persons['mentions'][number],
  persons: Persons,
): string | null {
  const active = hasCue(cue, 'headActive');
  let rep: string | null = null;
  let repDist = Infinity;
  // "Erneut vertrat X, im Außenministerium Referatsleiter, die USA": an inverted subject's apposition stands between
  // the verb and its object; the object is counted from where the apposition closes.
  const objectFrom = active && best.first >= cue.last ? appositionEnd(doc, best) : cue.last;
  for (const m of ms) {
    const a = actorOf(m);
    if (!a || (best.first <= m.first && m.last <= best.last)) continue;
    // The delegation named on the other side of the verb from the head: "X heads the Russian team",
    // "the Russian mission was led by X".
    // "its ambassador to Kazakhstan": the object of the head's title is not whom they represent.
    if (hasCue(doc.cover[m.first - 1], 'titleObject')) continue;
    const afterCue = m.first >= cue.last;
    // Verb-final heads ("İran heyetine ise X başkanlık ediyor"): the delegation stands before the name.
    // The head's own title between does not part them ("ABD'yi ise Dışişleri Bakan Yardımcısı X temsil ediyor").
    // Verb first ("ويرأس نائب وزير الخارجية X الوفد السوري"): the object follows the titled subject, counted from
    // the name.
    const from = doc.lex.verbFirst && best.first >= cue.last && m.first >= best.last ? best.last : objectFrom;
    const d =
      hasCue(cue, 'headAfterName') && m.last <= best.first
        ? best.first - m.last - titleTokens(doc, m.last, best.first)
        : (afterCue ? m.first - (m.first >= from ? from : cue.last) : cue.first - m.last) +
          (afterCue === active ? 0 : 3);
    if (d < repDist && (d <= 6 || (!active && !afterCue && d <= 12))) {
      rep = a.id;
      repDist = d;
    }
  }
  // "A, the presidential envoy (Russia)": a bracketed actor closing the apposition says whom the head serves.
  rep = bracketedActor(doc, best) ?? rep;
  // A gazetteer person serves their own state ("Sedat Onal" is Turkish wherever Russia is named nearby).
  const info = persons.info.get(best.id);
  if (info?.known && info.affiliation) rep = info.affiliation;
  // Reading out or signing the joint statement speaks for the reader's own state, or the one named right after
  // the name ("signed by A for Russia"), never for the states the statement names.
  if (hasCue(cue, 'readOut'))
    rep = info?.affiliation ?? actorRightAfter(doc, ms, best) ?? forActorAt(doc, doc.cover[cue.last])?.id ?? null;
  rep ??= info?.affiliation ?? null;
  return rep;
}

/** Tokens a name's apposition may span between its two commas. */
const APPOSITION_SPAN = 16;

/**
 * Where a name's apposition closes: the token after the comma that ends ", title phrase," right after the name (no
 * other name, no verb and no clause break inside), else the name's end.
 */
function appositionEnd(doc: Doc, p: { last: number; sentence: number }): number {
  // Commas only: a hyphen joins words inside the title ("US-Außenministerium").
  const comma = (k: number): boolean => [',', '،'].includes(doc.tokens[k]?.text ?? '');
  if (!comma(p.last)) return p.last;
  for (let k = p.last + 1; k < p.last + APPOSITION_SPAN;) {
    const t = doc.tokens[k];
    const m = doc.cover[k];
    if (!t || t.sentence !== p.sentence || (isHard(t) && !COMMAS.has(t.text))) return p.last;
    if (comma(k)) return k + 1;
    if (m && (actorPerson(m) || hasCue(m, 'speech', 'content', 'head', 'headActive', 'attend', 'clauseBreak')))
      return p.last;
    k = m ? m.last : k + 1;
  }
  return p.last;
}

/**
 * "attended by Jordan, the US and by Staffan de Mistura, the UN envoy", "parteciperanno Russia, Turchia e Iran
 * oltre a Geir Pedersen": a person counted in the list of those taking part attends for the actor they serve — the
 * guideline's head "stated as attending in the name of a state or an organization". The list reaches the person
 * through a joiner (comma, dash, "and", "as well as") with an actor or an already listed person right before it.
 */
function listedAttendees(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  persons: Persons,
): { person: string; representing: string; at: number }[] {
  const out: { person: string; representing: string; at: number }[] = [];
  if (!ms.some((m) => hasCue(m, 'attend', 'participate', 'observer'))) return out;
  for (const p of ps) {
    const rep = persons.info.get(p.id)?.affiliation;
    if (!rep || employer(doc, p) || out.some((o) => o.person === p.id) || heading(doc, ms, p)) continue;
    // A speaker reports the list ("..., Foreign Minister X said"): the list ends before them.
    if (ms.some((m) => m.first >= p.last && hasCue(m, 'speech', 'content'))) continue;
    const joiner = listJoinerBefore(doc, ps, p.first);
    if (joiner === null) continue;
    const listed = (x: { first: number; last: number }): boolean => x.last <= joiner && joiner - x.last <= 6;
    // "due delegazioni siriane (governo e opposizione), Geir Pedersen": a delegation word is a listed item too.
    const prior =
      ms.some((m) => listed(m) && (actorOf(m) !== null || hasCue(m, 'delegation'))) ||
      out.some((o) => ps.some((q) => q.id === o.person && listed(q)));
    if (prior) out.push({ person: p.id, representing: rep, at: p.first });
  }
  return out;
}

/** Tokens after a name in which a heading verb makes it that verb's own argument: a case ending at most. */
const HEADING_AFTER_NAME = 2;

/**
 * "Devlet Başkanı Putin'i temsil eden X", "A представляет Россию": a name with a heading verb right after it (no
 * comma between) is that verb's subject or object, not an item of a list of those taking part.
 */
function heading(doc: Doc, ms: Mention[], p: { last: number }): boolean {
  return ms.some(
    (m) =>
      m.first >= p.last &&
      m.first - p.last <= HEADING_AFTER_NAME &&
      hasCue(m, 'head', 'headActive') &&
      !doc.tokens.slice(p.last, m.first).some((t) => COMMAS.has(t.text) || isHard(t)),
  );
}

/**
 * The list joiner before a name, across its own title, quotation marks and small words ("and by", "y a", "oltre a
 * «"): its token index, or null when none stands there. A comma closing a title ("the adviser of Iran's minister,
 * Ali Asghar Khaji") belongs to the name; a titled name right after another person's name is that person's
 * apposition ("A, the envoy of President B"), no list.
 */
function listJoinerBefore(doc: Doc, ps: Persons['mentions'], first: number): number | null {
  let titled = false;
  for (let j = first - 1, n = 0; j >= 0 && n < 16; n++) {
    const t = doc.tokens[j];
    const m = doc.cover[j];
    if (!t || t.sentence !== doc.tokens[first]?.sentence) return null;
    if (QUOTES.has(t.text)) {
      j--;
      continue;
    }
    if (COMMAS.has(t.text) && titleEndsAt(doc, j)) {
      j--;
      continue;
    }
    if (COMMAS.has(t.text) || hasCue(m, 'alsoJoin')) {
      const k = m ? m.first : j;
      const before = k - 1 - (QUOTES.has(doc.tokens[k - 1]?.text ?? '') ? 1 : 0);
      return titled && ps.some((q) => q.last === before + 1) ? null : k;
    }
    if (!m || !(hasCue(m, 'title', 'titleWord', 'ministry', 'stop', 'byWord') || actorOf(m))) return null;
    titled ||= hasCue(m, 'title', 'titleWord');
    j = m.first - 1;
  }
  return null;
}

const QUOTES = new Set(['"', '«', '»', '“', '”', '(', "'", '’']);
const COMMAS = new Set([',', '،', '—', '–', '-']);

/** A title phrase ends right before token `comma` ("..., the Iranian minister's adviser, X"). */
function titleEndsAt(doc: Doc, comma: number): boolean {
  for (let j = comma - 1, n = 0; j >= 0 && n < 10; n++) {
    const t = doc.tokens[j];
    const m = doc.cover[j];
    // Titles hold words the dictionary does not know ("senior", "politici"); a clause or a name ends the search.
    if (!t || isHard(t) || actorPerson(m) || hasCue(m, 'speech', 'attend', 'participate', 'head', 'headActive'))
      return false;
    if (hasCue(m, 'title')) return true;
    j = m ? m.first - 1 : j - 1;
  }
  return false;
}

/**
 * A name after a "headed by" cue that belongs elsewhere: another head cue stands between ("the government delegation,
 * with X at its head, and the opposition, headed by Y"), or a clause break (";", "؛", ":", a bracket) does ("A was at
 * the head of the Moscow team; B, the adviser, led Tehran's").
 */
function ownedByLaterCue(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  cue: Mention,
  p: { first: number },
): boolean {
  if (ms.some((m) => m !== cue && m.first >= cue.last && m.last <= p.first && hasCue(m, 'head', 'headActive')))
    return true;
  // "The heads of the delegations were present: A, ...": a colon before any name opens the cue's own list.
  const opensList = (k: number): boolean =>
    doc.tokens[k]?.text === ':' && !ps.some((q) => q.first >= cue.last && q.last <= k);
  // "وعلى رأسه (أحمد الكزبري)", "headed by (X)": a bracket opening right at the name sets the name off, no clause.
  for (let k = cue.last; k < p.first; k++)
    if (
      CLAUSE_BREAKS.has(doc.tokens[k]?.text ?? '') &&
      !opensList(k) &&
      !bracketsActor(doc, k) &&
      !(k === p.first - 1 && doc.tokens[k]?.text === '(')
    )
      return true;
  return false;
}

/** The actor named from token k up to a closing bracket ("Russia)", "U.S.)"), or null. */
function closedActor(doc: Doc, k: number): string | null {
  const m = doc.cover[k];
  const a = actorAt(doc, k);
  if (!m || !a) return null;
  // An abbreviation's last period stands alone after it ("U.S.").
  const e = doc.tokens[m.last]?.text === '.' ? m.last + 1 : m.last;
  return doc.tokens[e]?.text === ')' ? a : null;
}

/** Token k opens or closes a bracket around an actor ("(Russia)"): an apposition, no clause break. */
function bracketsActor(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]?.text;
  if (t === '(') return closedActor(doc, k + 1) !== null;
  const j = doc.tokens[k - 1]?.text === '.' ? k - 2 : k - 1;
  const inner = doc.cover[j];
  return t === ')' && !!inner && !!actorAt(doc, j) && doc.tokens[inner.first - 1]?.text === '(';
}

function actorAt(doc: Doc, k: number): string | null {
  const m = doc.cover[k];
  return m ? (actorOf(m)?.id ?? null) : null;
}

/**
 * "A, the presidential envoy (Russia), B, ... (Turkey)": the actor bracketed at the end of a person's apposition —
 * before the next name, verb or clause break — is whom they serve.
 */
export function bracketedActor(doc: Doc, p: { last: number; sentence: number }): string | null {
  for (let k = p.last, n = 0; k < doc.tokens.length && n < 24; n++) {
    const t = doc.tokens[k];
    const m = doc.cover[k];
    if (!t || t.sentence !== p.sentence || (isHard(t) && !COMMAS.has(t.text) && t.text !== '(')) return null;
    if (t.text === '(') return closedActor(doc, k + 1);
    if (m && (actorPerson(m) || hasCue(m, 'speech', 'content', 'head', 'headActive', 'attend'))) return null;
    k = m ? m.last : k + 1;
  }
  return null;
}

/**
 * "A, representing Turkey, met B": a fronted head cue right after a subject and its comma is that subject's
 * apposition: it names the subject, not a person after it.
 */
function frontedApposition(doc: Doc, cue: Mention, ps: Persons['mentions']): boolean {
  if (!hasCue(cue, 'headFronted') || !COMMAS.has(doc.tokens[cue.first - 1]?.text ?? '')) return false;
  for (let k = cue.first - 2; k >= 0; k--) {
    const t = doc.tokens[k];
    if (!t || t.sentence !== doc.tokens[cue.first]?.sentence || CLAUSE_BREAKS.has(t.text)) return false;
    if (ps.some((p) => p.first <= k && k < p.last)) return true;
  }
  return false;
}

/**
 * "A signed for Russia; for Turkey it was Deputy Minister B, and for Iran — his colleague C": in a sentence that
 * names heads, "for <actor>" followed past a copula, dash or title by a name makes that person the actor's head.
 * Not after a title ("the envoy for Syria, X"), where the actor is the title's object.
 */
function forActorHeads(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  out: { person: string; representing: string; at: number }[],
  persons: Persons,
): void {
  for (const f of ms.filter((m) => hasCue(m, 'forActor'))) {
    if (hasCue(doc.cover[f.first - 1], 'title', 'titleWord')) continue;
    const actor = forActorAt(doc, f);
    if (!actor) continue;
    const p = personAfterFiller(doc, ps, actor.last);
    if (!p || employer(doc, p) || out.some((o) => o.person === p.id)) continue;
    const info = persons.info.get(p.id);
    out.push({ person: p.id, representing: (info?.known && info.affiliation) || actor.id, at: p.first });
  }
}

/** "for Russia", "pour la Russie", "für den Iran" at mention f: the actor and where it ends. */
function forActorAt(doc: Doc, f: Mention | undefined): { id: string; last: number } | null {
  if (!f || !hasCue(f, 'forActor')) return null;
  let k = f.last;
  // Articles, elided ones included ("pour l'Iran"), may stand before the actor.
  const article = (j: number): boolean =>
    !actorAt(doc, j) &&
    (hasCue(doc.cover[j], 'stop') ||
      ["'", '’'].includes(doc.tokens[j]?.text ?? '') ||
      doc.tokens[j]?.text.length === 1);
  while (k < f.last + 3 && article(k)) k = doc.cover[k]?.last ?? k + 1;
  const a = doc.cover[k];
  const id = actorAt(doc, k);
  return a && id ? { id, last: a.last } : null;
}

/** The person reached from token `from` across a copula, dashes, commas, titles and small words only. */
function personAfterFiller(doc: Doc, ps: Persons['mentions'], from: number): Persons['mentions'][number] | null {
  for (let k = from, n = 0; k < doc.tokens.length && n < 10; n++) {
    const p = ps.find((q) => q.first === k);
    if (p) return p;
    const t = doc.tokens[k];
    const m = doc.cover[k];
    if (!t || (isHard(t) && !COMMAS.has(t.text) && t.text !== ':')) return null;
    const filler =
      (!m && t.kind === 'punct') ||
      (!!m &&
        (hasCue(m, 'copula', 'stop', 'title', 'titleWord', 'ministry') ||
          actorOf(m) !== null ||
          entriesOf(m, 'place').length > 0));
    if (!filler) return null;
    k = m ? m.last : k + 1;
  }
  return null;
}

const CLAUSE_BREAKS = new Set([';', '؛', ':', '(', ')']);

/**
 * "a former head of the Iranian delegation", "бывший глава делегации", "رئيس الوفد الإيراني السابق", "who previously
 * led it": a word of former standing (cue former) right before a head title or verb, or right after it or after the
 * actor it names, tells who led a delegation once, not who leads it at the round.
 */
export function formerHolder(doc: Doc, cue: Mention): boolean {
  if (hasCue(doc.cover[cue.first - 1], 'former')) return true;
  const after = doc.cover[cue.last];
  if (hasCue(after, 'former')) return true;
  return !!after && actorOf(after) !== null && hasCue(doc.cover[after.last], 'former');
}

/** Tokens around a name searched for a word of former standing in its title ("X, the former UN envoy"). */
const FORMER_REACH = 3;

/** "the former UN envoy X", "X, ex-envoy": a word of former standing in the few tokens around a name. */
export function formerAround(doc: Doc, p: { first: number; last: number; sentence: number }): boolean {
  for (let k = p.first - FORMER_REACH; k < p.last + FORMER_REACH; k++)
    if ((k < p.first || k >= p.last) && doc.tokens[k]?.sentence === p.sentence && hasCue(doc.cover[k], 'former'))
      return true;
  return false;
}

/**
 * "who heads the interim government", "الذي يرأس المكتب الصحفي": the verb's object, read up to the first name or
 * hard punctuation, is an office and no delegation — heading a department is not leading a delegation.
 */
export function headsAnOffice(doc: Doc, cue: Mention, ps: Persons['mentions']): boolean {
  let office = false;
  let direct = true;
  const active = hasCue(cue, 'headActive');
  for (let k = cue.last; k < cue.last + 8;) {
    const t = doc.tokens[k];
    if (!t || isHard(t) || ps.some((p) => p.first <= k && k < p.last)) break;
    const m = doc.cover[k];
    if (m && hasCue(m, 'delegation')) return false;
    // "Deputy Head of the Foreign Ministry": a ministry right after the verb is an office too, not when it opens or
    // closes a title ("başında ise Dışişleri Bakan Yardımcısı X", "at its head is Deputy Foreign Minister X").
    const ministry =
      !!m &&
      direct &&
      hasCue(m, 'ministry') &&
      !hasCue(m, 'title', 'titleWord') &&
      !hasCue(doc.cover[m.last], 'title', 'titleWord');
    // "who represents the Russian president on the settlement", "يمثل الرئيس الروسي": an active verb whose object is
    // a head of state names the holder's standing title (the president's representative), no delegation.
    const leader = !!m && active && hasCue(m, 'leaderTitle');
    office ||= !!m && (hasCue(m, 'office') || ministry || leader);
    direct &&= !!m && hasCue(m, 'stop') && !hasCue(m, 'title', 'titleWord');
    k = m ? m.last : k + 1;
  }
  return office;
}

/**
 * "A, B and C head the delegations of Russia, Iran and Turkey respectively", "ويرأس A وB وC وفود روسيا وإيران وتركيا
 * على التوالي": with a word of respective order, a sentence's persons and its actors, as many of each, pair in the
 * order written — every one of them heads, not only the one nearest the verb, and each the actor in its place. A
 * gazetteer person keeps their own state.
 */
function respectiveHeads(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  out: { person: string; representing: string; at: number }[],
  persons: Persons,
): void {
  // "envoyé spécial de Vladimir Poutine pour la Syrie": whose envoy a head is, and what a title is for, pair with
  // nothing.
  const people = ps.filter(
    (p, i) => ps.findIndex((q) => q.id === p.id) === i && !employer(doc, p) && !possessor(doc, p),
  );
  const actors = ms
    .filter(
      (m) =>
        actorOf(m) &&
        !hasCue(doc.cover[m.first - 1], 'titleObject', 'titleTo') &&
        !ps.some((p) => p.first <= m.first && m.last <= p.last),
    )
    .map((m) => actorOf(m)?.id ?? '');
  if (people.length < 2 || people.length !== actors.length) return;
  people.forEach((p, i) => {
    const info = persons.info.get(p.id);
    const rep = (info?.known ? info.affiliation : null) ?? actors[i] ?? '';
    const had = out.find((o) => o.person === p.id);
    if (had) had.representing = rep;
    else out.push({ person: p.id, representing: rep, at: p.first });
  });
}

/** "A for Russia": the actor named within three tokens after a person. */
function actorRightAfter(doc: Doc, ms: Mention[], p: Persons['mentions'][number]): string | null {
  const m = ms.find((x) => x.first >= p.last && x.first - p.last <= 3 && actorOf(x));
  return m ? (actorOf(m)?.id ?? null) : null;
}

/**
 * "A, the presidential envoy, and B, a deputy minister, lead the Russian side": persons before an active head verb
 * joined to its subject by "and" (titles in apposition between) share its delegation.
 */
function coordinatedHeads(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  subject: Persons['mentions'][number],
  rep: string,
  out: { person: string; representing: string; at: number }[],
  persons: Persons,
): void {
  for (const p of conjoined(doc, ms, ps, subject, 'before')) {
    if (employer(doc, p) || out.some((o) => o.person === p.id)) continue;
    out.push({ person: p.id, representing: persons.info.get(p.id)?.affiliation ?? rep, at: p.first });
  }
}

/**
 * The persons joined to `anchor` by "and" on one side, nearest first: before it ("A, title, and B", "A and B") or
 * after it ("قال لافرنتييف وخاجي", "A and B said"). Between two of them only an apposition (commas, titles, states,
 * stop words) and the conjunction may stand.
 */
export function conjoined(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  anchor: Persons['mentions'][number],
  side: 'before' | 'after',
): Persons['mentions'] {
  const before = side === 'before';
  const onSide = before
    ? [...ps].reverse().filter((x) => x.last <= anchor.first)
    : ps.filter((x) => x.first >= anchor.last);
  const out: Persons['mentions'] = [];
  let near = anchor;
  for (const p of onSide) {
    if (!(before ? joined(doc, ms, p, near) : joined(doc, ms, near, p))) break;
    out.push(p);
    near = p;
  }
  return out;
}

/**
 * Person `a` and the later person `b` are conjuncts: "A and B", "A, title, and B". Between them only an apposition
 * (commas, titles, states, stop words) and the conjunction right before `b` may stand.
 */
function joined(doc: Doc, ms: Mention[], a: Persons['mentions'][number], b: Persons['mentions'][number]): boolean {
  if (b.first - a.last > 16 || a.id === b.id) return false;
  const between = ms.filter((m) => m.first >= a.last && m.last <= b.first);
  if (between.some((m) => hasCue(m, 'speech', 'content', 'head', 'headActive', 'attend', 'meeting'))) return false;
  if (doc.tokens.slice(a.last, b.first).some((t) => isHard(t) && t.text !== ',' && t.text !== '،')) return false;
  // Arabic glues the conjunction to the name ("وخاجي", "... ممثلاً للمعارضة وأحمد الكزبري").
  const glued = andGlued(doc.dict.clitics, doc.tokens[b.first]?.text ?? '');
  // "A and Deputy Minister B", "A ile Dışişleri Bakan Yardımcısı B": the conjunction may stand before b's title.
  // "Mr. A and Mr. B": an abbreviated honorific with its period stands there too.
  let k = b.first - 1;
  for (;;) {
    if (k > a.last && hasCue(doc.cover[k], 'title', 'titleWord', 'ministry')) k = (doc.cover[k]?.first ?? k) - 1;
    else if (k - 1 > a.last && abbreviated(doc, k)) k -= 2;
    else break;
  }
  return glued || (k >= a.last && isAnd(doc, k)) || andThenTitle(doc, a.last, b.first);
}

/** "A и спецпредставитель президента РФ B", "A y el enviado ruso B": a conjunction, then only B's title. */
function andThenTitle(doc: Doc, from: number, to: number): boolean {
  let titled = false;
  for (let k = to - 1; k >= from;) {
    if (isAnd(doc, k)) return titled;
    const m = doc.cover[k];
    if (!m || !(hasCue(m, 'title', 'titleWord', 'ministry', 'stop') || m.entries.some((e) => e.type === 'state')))
      return false;
    titled ||= hasCue(m, 'title');
    k = m.first - 1;
  }
  return false;
}

/** Token k is the period of an abbreviated honorific ("Mr.", "Dr.", "г."). */
function abbreviated(doc: Doc, k: number): boolean {
  return doc.tokens[k]?.text === '.' && doc.dict.abbreviations.has(doc.tokens[k - 1]?.text ?? '');
}

/** A conjunction of persons; "to"/"إلى" join dates ("14 to 15") but after a title say whom it serves ("adviser to"). */
function isAnd(doc: Doc, i: number): boolean {
  const m = doc.cover[i];
  return (
    !!m &&
    m.first === i &&
    m.last === i + 1 &&
    hasCue(m, 'rangeJoin', 'alsoJoin') &&
    !hasCue(m, 'employerOf', 'titleTo', 'titleObject') &&
    doc.tokens[i]?.text !== '-'
  );
}

/**
 * "Geir Pedersen, the UN envoy, is taking part in the talks", "UN envoy de Mistura, who attended the talks",
 * "شارك في الاجتماع X": a person said to attend, for the actor they serve. Persons joined to that one by "and" share
 * the verb ("شارك A ممثلاً للمعارضة وB ممثلاً للنظام", "A and B attended").
 */
function attendees(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  persons: Persons,
): { person: string; representing: string; at: number }[] {
  const out: { person: string; representing: string; at: number }[] = [];
  // "X is not expected to take part": a negated attending verb names no attendee.
  for (const cue of ms.filter((m) => hasCue(m, 'attend') && !hasCue(m, 'negation'))) {
    const p = attendeeOf(doc, ms, ps, cue);
    if (!p) continue;
    // "Türkiye'yi temsilen X katıldı": without an affiliation of their own, the actor right on the other side of
    // the verb is whom the person attends for.
    const side = ms.find((m) =>
      p.first >= cue.last
        ? m.last <= cue.first && cue.first - m.last <= 2
        : m.first >= cue.last && m.first - cue.last <= 2,
    );
    const rep = persons.info.get(p.id)?.affiliation ?? (side ? (actorOf(side)?.id ?? null) : null);
    if (rep) out.push({ person: p.id, representing: rep, at: p.first });
    // "Taking part ... were A, title, B, title, and C": the copula's whole list is the subject.
    const list = invertedSubject(doc, ms, ps, cue) === p ? invertedList(doc, ms, ps, p) : [];
    for (const q of [...conjoined(doc, ms, ps, p, p.first >= cue.last ? 'after' : 'before'), ...list]) {
      const own = persons.info.get(q.id)?.affiliation ?? actorRightAfter(doc, ms, q);
      if (own && !employer(doc, q) && !out.some((o) => o.person === q.id))
        out.push({ person: q.id, representing: own, at: q.first });
    }
  }
  return out;
}

/** Tokens before a name searched for the speech verb it is the subject of ("как сказал X", "said X, ..."). */
const SPEECH_BEFORE_NAME = 2;

/**
 * "Как сказал Жайнаков, ... участвуют страны-гаранты": a name right after a speech verb is who reports, not the
 * subject of an attending verb later in the sentence.
 */
function reportedBy(ms: Mention[], p: { first: number }): boolean {
  return ms.some((m) => m.last <= p.first && p.first - m.last <= SPEECH_BEFORE_NAME && hasCue(m, 'speech'));
}

/** Tokens after a name in which a verb-final speech verb makes the name its subject ("X teyit etti"). */
const SPEECH_AFTER_NAME = 2;

/** A speech verb right after the name (verb-final order): the name is its subject. */
function reportsAfter(ms: Mention[], p: { last: number }): boolean {
  return ms.some((m) => m.first >= p.last && m.first - p.last <= SPEECH_AFTER_NAME && hasCue(m, 'speech'));
}

/**
 * The subject of an attending verb: the person opening the clause before the verb (a title and ", who" may sit
 * between), or the one after it, past their title, where the verb comes first ("в качестве наблюдателя участвует
 * спецпосланник ООН X", "katılmak için BM'nin Suriye Özel Temsilcisi X").
 */
function attendeeOf(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  cue: Mention,
): Persons['mentions'][number] | null {
  const inverted = invertedSubject(doc, ms, ps, cue);
  if (inverted) return employer(doc, inverted) ? null : inverted;
  const before = [...ps].reverse().find((p) => p.last <= cue.first && cue.first - p.last <= 14);
  const after = ps.find(
    (p) => p.first >= cue.last && p.first - cue.last - appositionTokens(doc, cue.last, p.first) <= 4,
  );
  const p = doc.lex.verbFirst ? (after ?? before) : (before ?? after);
  if (!p || employer(doc, p) || (p.last <= cue.first && reportedBy(ms, p))) return null;
  // Verb-final: "..., ABD heyetinin de katılacağını Bakan X teyit etti": a name after the attending verb with a speech
  // verb right after it is who reports the attendance, not who attends.
  if (doc.lex.verbFinal && p.first >= cue.last && reportsAfter(ms, p)) return null;
  // "Responding to the refusal to attend, X, the spokesman, called …": where the subject comes before the verb, one
  // after it stands right there (inverted: "attending were X"); past a comma the name opens another clause.
  // "were present, as were X": an elliptical clause after the comma repeats the verb for X.
  if (!doc.lex.verbFirst && p.first >= cue.last && commaBetween(doc, cue.last, p.first) && !elliptical(ms, cue, p))
    return null;
  const [a, b] = p.last <= cue.first ? [p.last, cue.first] : [cue.last, p.first];
  const between = ms.filter((m) => m.first >= a && m.last <= b);
  // Another actor, a speech verb or a negation between: the person is not the one attending.
  if (between.some((m) => hasCue(m, 'speech', 'content', 'negation', 'head', 'headActive') || actorPerson(m)))
    return null;
  // Verb-final: "X, garantör ülkelerin, rejimin ve muhalefetin katılımıyla ... söyledi": a list of actors right before
  // the verb is what attends; the name opening the sentence is the subject of a later verb.
  if (doc.lex.verbFinal && p.last <= cue.first && actorsIn(between) >= 2) return null;
  // Before the verb, only the subject: a comma after the name (apposition) or the verb right after it.
  // Verb-final order may set how and where between ("X de toplantıya gözlemci olarak katıldı"): words of the
  // meeting, observer status and particles only.
  const gapOfManner = (): boolean => {
    for (let k = a; k < b;) {
      const x = doc.cover[k];
      if (!x || !hasCue(x, 'stop', 'prep', 'meeting', 'observer')) return false;
      k = x.last;
    }
    return true;
  };
  if (p.last <= cue.first && b - a > 1 && doc.tokens[p.last]?.text !== ',' && !gapOfManner()) return null;
  return p;
}

/** Tokens before a fronted attending participle: a conjunction or a quotation mark at most. */
const FRONTED_AT = 1;

/**
 * "Taking part in the session, which lasted three hours, were A, ...", "Presenti alla riunione erano A, ...": an
 * attending participle opening the sentence, its phrase closed by a copula, has the first name after the copula (past
 * that name's title) as subject — however long the phrase between. No other name may stand in that phrase.
 */
function invertedSubject(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  cue: Mention,
): Persons['mentions'][number] | null {
  const start = doc.sentences[doc.tokens[cue.first]?.sentence ?? -1]?.first ?? -1;
  if (start < 0 || cue.first - start > FRONTED_AT) return null;
  if (doc.lex.verbFirst) return verbFirstSubject(doc, ms, ps, cue);
  const copula = ms.find((m) => m.first >= cue.last && hasCue(m, 'predicateCopula'));
  if (!copula || ps.some((q) => q.first >= cue.last && q.last <= copula.first)) return null;
  const p = ps.find((q) => q.first >= copula.last);
  return p && p.first - copula.last - appositionTokens(doc, copula.last, p.first) <= 1 ? p : null;
}

/**
 * "وشارك في الجلسة الافتتاحية التي استمرت أربع ساعات كل من A ...": where the verb comes first, the first name after
 * an attending verb opening the sentence is its subject however long the phrase of place and time between, as long
 * as no other verb and no clause break stands there.
 */
function verbFirstSubject(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  cue: Mention,
): Persons['mentions'][number] | null {
  const p = ps.find((q) => q.first >= cue.last);
  if (!p || doc.tokens.slice(cue.last, p.first).some((t) => isHard(t))) return null;
  const verbs = ms.some(
    (m) =>
      m.first >= cue.last &&
      m.last <= p.first &&
      (hasCue(m, 'speech', 'content', 'head', 'headActive', 'attend') ||
        hasCue(m, 'meetWith', 'gather', 'clauseBreak')),
  );
  return verbs ? null : p;
}

/**
 * The names after the first subject of an inverted attending clause, up to a verb of speech or a clause break: the
 * rest of its list ("were A, deputy minister, B, the envoy, and C").
 */
function invertedList(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  first: Persons['mentions'][number],
): Persons['mentions'] {
  const out: Persons['mentions'] = [];
  for (const q of ps.filter((x) => x.first >= first.last)) {
    const from = out[out.length - 1]?.last ?? first.last;
    if (ms.some((m) => m.first >= from && m.last <= q.first && hasCue(m, 'speech', 'content', 'clauseBreak'))) break;
    if (doc.tokens.slice(from, q.first).some((t) => isHard(t) && !COMMAS.has(t.text))) break;
    out.push(q);
  }
  return out;
}

/** "…, as were X", "…, al igual que X": an ellipsis word between the verb and the person repeats the verb for them. */
function elliptical(ms: Mention[], cue: Mention, p: { first: number }): boolean {
  return ms.some((m) => m.first >= cue.last && m.last <= p.first && hasCue(m, 'ellipsis'));
}

/** A comma stands in tokens [from, to). */
function commaBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]?.text === ',' || doc.tokens[k]?.text === '،') return true;
  return false;
}

/**
 * How many tokens of [from, to) belong to a title and the actors inside it ("BM'nin Suriye Özel Temsilcisi"): title
 * words, actors, apostrophes and the case ending after one.
 */
function appositionTokens(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const m = doc.cover[k];
    const suffix = ["'", '’'].includes(doc.tokens[k - 1]?.text ?? '');
    if (suffix || ["'", '’'].includes(doc.tokens[k]?.text ?? '')) n++;
    else if (m && (hasCue(m, 'title', 'titleWord', 'ministry') || actorOf(m))) n++;
  }
  return n;
}

/**
 * Verb-final gapping ("Rus heyetine A, İran heyetine ise B başkanlık ediyor"): each earlier "<delegation> <name>,"
 * pair shares the head verb of the last one.
 */
function gappedHeads(
  doc: Doc,
  ms: Mention[],
  ps: Persons['mentions'],
  last: Persons['mentions'][number],
  out: { person: string; representing: string; at: number }[],
  persons: Persons,
): void {
  for (const p of ps.filter((x) => x.last < last.first && pairClosed(doc, x))) {
    if (employer(doc, p) || out.some((o) => o.person === p.id)) continue;
    const actor = [...ms]
      .reverse()
      .find((m) => m.last <= p.first && p.first - m.last - titleTokens(doc, m.last, p.first) <= 2 && actorOf(m));
    const a = actor ? actorOf(actor) : null;
    const rep = persons.info.get(p.id)?.affiliation ?? a?.id ?? null;
    if (a && rep) out.push({ person: p.id, representing: rep, at: p.first });
  }
}

/**
 * A gapped "<delegation> <name>," pair ends at the name: a comma right after it, or after its genitive ending where
 * the possessor comes first ("Suriye hükümeti Ayman Susan'ın, muhalefet ise Ahmet Tuma'nın başkanlık ettiği heyetle").
 */
function pairClosed(doc: Doc, p: { last: number }): boolean {
  if (doc.tokens[p.last]?.text === ',') return true;
  const ending = doc.cover[p.last + 1];
  return (
    ["'", '’'].includes(doc.tokens[p.last]?.text ?? '') &&
    !!ending &&
    hasCue(ending, 'genitiveEnding') &&
    doc.tokens[ending.last]?.text === ','
  );
}

/**
 * Gapping after an active head verb: "A will lead the Turkish delegation and B, an aide to the minister, the Iranian
 * one", "A led Moscow's team, and Deputy Minister B Tehran's": each later person joined to the list (comma, "and")
 * and followed, past an apposition, by the actor whose delegation they lead heads it with the verb of the first.
 */
function gappedAfterVerb(
  doc: Doc,
  ps: Persons['mentions'],
  cue: Mention,
  out: { person: string; representing: string; at: number }[],
  persons: Persons,
): void {
  for (const q of ps.filter((p) => p.first >= cue.last)) {
    if (employer(doc, q) || out.some((o) => o.person === q.id)) continue;
    if (listJoinerBefore(doc, ps, q.first) === null) return;
    const actor = gappedActorAfter(doc, q.last);
    if (!actor) return;
    out.push({ person: q.id, representing: persons.info.get(q.id)?.affiliation ?? actor, at: q.first });
  }
}

/**
 * The actor closing a gapped clause after a name: past an apposition (no verb, no other person), an actor named
 * with at most a delegation word after it, then the clause's end ("…, the Iranian one.", "… Tehran's, and").
 */
function gappedActorAfter(doc: Doc, from: number): string | null {
  for (let k = from, n = 0; k < doc.tokens.length && n < 18; n++) {
    const t = doc.tokens[k];
    const m = doc.cover[k];
    if (!t || t.sentence !== doc.tokens[from - 1]?.sentence || (isHard(t) && !COMMAS.has(t.text))) return null;
    if (m && (actorPerson(m) || hasCue(m, 'speech', 'content', 'head', 'headActive', 'attend'))) return null;
    const a = m ? actorOf(m) : null;
    if (a && m) {
      let e = m.last;
      if (hasCue(doc.cover[e], 'delegation')) e = doc.cover[e]?.last ?? e + 1;
      const after = doc.tokens[e];
      const closes = !!after && after.kind === 'punct' && !["'", '’', '-'].includes(after.text);
      if (!after || after.sentence !== t.sentence || closes || isAnd(doc, e)) return a.id;
    }
    k = m ? m.last : k + 1;
  }
  return null;
}

/**
 * "Opposition delegation head X", "Muhalefet heyetinin başkanı X": an actor named with its delegation word swallows
 * that word, so a title right after it heads that delegation.
 */
export function delegationTitle(doc: Doc, m: Mention): boolean {
  const prev = doc.cover[m.first - 1];
  if (!hasCue(m, 'title') || !prev || !actorOf(prev)) return false;
  const words = cueWords(doc.lex, 'delegation');
  return doc.tokens.slice(prev.first, prev.last).some((t) => words.has(t.text));
}

/** How many tokens of [from, to) are title words. */
function titleTokens(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (hasCue(doc.cover[k], 'title', 'titleWord')) n++;
  return n;
}

/** "the alliance that President X's party leads": a possessor is not the subject of the verb after its noun. */
export function possessor(doc: Doc, p: { last: number }): boolean {
  return ["'", '’'].includes(doc.tokens[p.last]?.text ?? '') && doc.tokens[p.last + 1]?.text === 's';
}

/** How many distinct actors the mentions name. */
function actorsIn(ms: Mention[]): number {
  return new Set(ms.map((m) => actorOf(m)?.id).filter((id) => id !== undefined)).size;
}

function actorPerson(m: Mention | undefined): boolean {
  return !!m && m.entries.some((e) => e.type === 'person');
}
