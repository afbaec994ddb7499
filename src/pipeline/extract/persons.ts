// Stage 5: persons — gazetteer persons, unknown persons recognised from titles and roles ("نائب وزير خارجية
// كازاخستان، كانات توميش", "Gamal Roshdy, spokesman for..."), and surname-only references within the article. Pure.
import { slug } from '../../names.js';
import type { Doc } from '../doc.js';
import { capitalized, cueWords, hasCase, hasCaseAt, hasCue, span } from '../doc.js';
import type { Mention } from './mentions.js';
import { entriesOf, isHard } from './mentions.js';
import { foldKey } from '../normalize/fold.js';
import { caseStem, otherFirstName, spelledPersons, surnameIndex } from './spelling.js';
import { addresseeWord, articleOpensNoName, bareArticle, conjunctionsBefore } from '../normalize/clitics.js';
import type { Knowledge } from '../knowledge.js';
import { tokenize } from '../normalize/tokens.js';
import { actorRow } from '../rows.js';

export interface PersonInfo {
  id: string;
  name: string;
  known: boolean;
  surfaces: Set<string>;
  title: string | null;
  affiliation: string | null;
  /** The titles this article gives the person beside its name ("المتحدث باسم الأمين العام"), in its language. */
  titles: Set<string>;
}

export interface PersonMention {
  id: string;
  first: number;
  last: number;
  sentence: number;
}

export interface Persons {
  info: Map<string, PersonInfo>;
  mentions: PersonMention[];
}

// Small words inside names ("bin", "von", "عبد"), from every lexicon (folded), once per knowledge load.
const connectorsBy = new WeakMap<Knowledge, ReadonlySet<string>>();

function nameConnectors(k: Knowledge): ReadonlySet<string> {
  let set = connectorsBy.get(k);
  if (!set) {
    set = new Set(Object.values(k.lexicons).flatMap((lex) => (lex.nameConnectors ?? []).map((w) => foldKey(w))));
    connectorsBy.set(k, set);
  }
  return set;
}

// A word of a script with case: its folded form begins with a lower-case letter.
const CASED_FIRST = /^\p{Ll}/u;

/** A token that can be part of a name: a word not covered by the dictionary, not a stop word, capitalized where the script has case. */
function nameToken(doc: Doc, i: number, allowStop = false): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || t.text.length < 2) return false;
  const m = doc.cover[i];
  // "علي" folds like the preposition "على": inside a longer run a stop word may still be a name.
  const stopOnly = !!m && m.entries.every((e) => e.type === 'cue' && e.cue === 'stop');
  if (m && !m.entries.every((e) => e.type === 'person') && !(allowStop && stopOnly)) return false;
  // German compounds end in their title ("Oppositionssprecher", "Außenministerin"): a title, not a name.
  if ((doc.lex.cues.titleSuffix ?? []).some((x) => t.text.length > x.length + 2 && t.text.endsWith(x))) return false;
  if (hasCaseAt(doc, i) || CASED_FIRST.test(t.text)) return capitalized(doc, i);
  return true;
}

/** The title phrase starting at token i: title words, demonyms, states, organizations and connectors. */
function titlePhrase(
  doc: Doc,
  i: number,
  forward = true,
): { first: number; last: number; affiliation: string | null } | null {
  const m = doc.cover[i];
  if (!m || !hasCue(m, 'title')) return null;
  let last = m.last;
  let affiliation: string | null = null;
  const take = (x: Mention): void => {
    // "envoy to Syria", "مدير الملف السوري": the object of a title is not whom the person serves.
    if (hasCue(doc.cover[x.first - 1], 'titleObject')) return;
    const s = entriesOf(x, 'state')[0] ?? entriesOf(x, 'org')[0];
    if (s && !affiliation) affiliation = s.id;
  };
  // "Turkish Deputy Foreign Minister", "Kazakhstan's Deputy...": the state just before the title word.
  for (let j = m.first - 1; j >= Math.max(0, m.first - 3); j--) {
    const x = doc.cover[j];
    if (x && (entriesOf(x, 'state').length || entriesOf(x, 'org').length)) {
      take(x);
      break;
    }
    if (x && !hasCue(x, 'title', 'titleWord', 'ministry')) break;
    if (!x && doc.tokens[j]?.text !== "'" && doc.tokens[j]?.text !== 's') break;
  }
  take(m);
  for (let j = m.last; forward && j < doc.tokens.length && j < m.last + 10;) {
    const t = doc.tokens[j];
    if (!t || isHard(t)) break;
    const x = doc.cover[j];
    if (
      x &&
      (hasCue(x, 'title', 'titleWord', 'stop', 'ministry') ||
        entriesOf(x, 'state').length ||
        entriesOf(x, 'org').length)
    ) {
      take(x);
      j = x.last;
      last = j;
      continue;
    }
    if (t.kind === 'punct' && (t.text === '-' || t.text === "'" || t.text === '"')) {
      j++;
      continue;
    }
    // "its ambassador in Astana, X": a place after a preposition belongs to the title.
    if (x && entriesOf(x, 'place').length && hasCue(doc.cover[j - 1], 'locPrep')) {
      j = x.last;
      last = j;
      continue;
    }
    if (t.text === 's' || bareArticle(doc.dict.clitics, t.text)) {
      j++;
      last = j;
      continue;
    }
    break;
  }
  return { first: m.first, last, affiliation };
}

function nameRun(doc: Doc, from: number, dir: 1 | -1, min = 2): { first: number; last: number } | null {
  const connectors = nameConnectors(doc.knowledge);
  const idx: number[] = [];
  for (let j = from; j >= 0 && j < doc.tokens.length && idx.length < 4; j += dir) {
    const t = doc.tokens[j];
    if (!t) break;
    if (t.kind === 'punct' && (t.text === '-' || t.text === "'") && idx.length) continue;
    // "ياسر الفرحان لعنب بلدي إن": a word led by "ل" before "إن/أن" says to whom, and ends the name.
    if (
      dir === 1 &&
      idx.length >= 2 &&
      addresseeWord(doc.dict.clitics, t.text) &&
      [1, 2, 3].some((k) => hasCue(doc.cover[j + k], 'content'))
    )
      break;
    if (nameToken(doc, j, true) || (idx.length && connectors.has(t.text))) idx.push(j);
    else if (t.kind === 'punct' && t.text === '"' && idx.length === 0) continue;
    else break;
  }
  const isStop = (i: number | undefined): boolean =>
    i !== undefined && !nameToken(doc, i) && !connectors.has(doc.tokens[i]?.text ?? '');
  const edge = (i: number | undefined): boolean =>
    i !== undefined && (connectors.has(doc.tokens[i]?.text ?? '') || (dir === -1 && isStop(i)));
  while (idx.length && edge(idx[idx.length - 1])) idx.pop();
  // A stop word may sit inside a name of three words or more ("علي أصغر خاجي"), never make up a short one.
  if (idx.some(isStop) && (idx.length < 3 || isStop(idx[idx.length - 1]))) {
    const cut = idx.findIndex(isStop);
    idx.splice(cut === 0 ? 0 : cut, cut === 0 ? 1 : idx.length - cut);
  }
  if (idx.length < min || (idx.length < 3 && idx.some(isStop))) return null;
  const a = Math.min(...idx);
  // Arabic first names carry no article: a run opening with "ال" is adjectives ("للشؤون العربية والأفريقية"). The
  // original spelling tells the article from a name that folds like it ("أليبك", "ألكسندر" begin with a hamza).
  const opening = doc.tokens[a]?.text ?? '';
  if (articleOpensNoName(doc.dict.clitics, opening) && articleOpensNoName(doc.dict.clitics, span(doc, a, a + 1).text))
    return null;
  const b = Math.max(...idx) + 1;
  return { first: a, last: b };
}

const surnames = new WeakMap<Doc['knowledge'], Map<string, string>>();

function surnamesOf(doc: Doc): Map<string, string> {
  let index = surnames.get(doc.knowledge);
  if (!index) {
    index = surnameIndex(doc.knowledge);
    surnames.set(doc.knowledge, index);
  }
  return index;
}

/** The persons found so far and their mentions: the first rule to claim a stretch of tokens keeps it. */
class Found {
  readonly info = new Map<string, PersonInfo>();
  readonly mentions: PersonMention[] = [];
  constructor(private readonly doc: Doc) {}

  overlaps(r: { first: number; last: number }): boolean {
    return this.mentions.some((x) => x.first < r.last && r.first < x.last);
  }

  /** The title beside a name run that an earlier rule already read as a person: that person's title here. */
  titleOf(r: { first: number; last: number }, title: string): void {
    const m = this.mentions.find((x) => x.first < r.last && r.first < x.last);
    if (m) this.info.get(m.id)?.titles.add(title);
  }

  /** A person known to the gazetteer. */
  known(id: string, first: number, last: number): void {
    this.register(id, first, last, true, null, null);
  }

  /** A person the gazetteer does not know: its id is the slug of the words that name it. */
  unknown(first: number, last: number, title: string | null = null, affiliation: string | null = null): void {
    this.register(slug(span(this.doc, first, last).text), first, last, false, title, affiliation);
  }

  private register(
    id: string,
    first: number,
    last: number,
    known: boolean,
    title: string | null,
    affiliation: string | null,
  ): void {
    const surface = span(this.doc, first, last).text;
    const row = actorRow(this.doc.knowledge, id);
    const p = this.info.get(id) ?? {
      id,
      name: row?.name ?? surface,
      known,
      surfaces: new Set<string>(),
      title: row?.title ?? null,
      affiliation: row?.affiliation ?? null,
      titles: new Set<string>(),
    };
    if (title) p.titles.add(title);
    p.surfaces.add(surface);
    if (!p.title && title) p.title = title;
    if (!p.affiliation && affiliation) p.affiliation = affiliation;
    this.info.set(id, p);
    if (!this.overlaps({ first, last }))
      this.mentions.push({ id, first, last, sentence: this.doc.tokens[first]?.sentence ?? 0 });
  }
}

/**
 * Every person an article names, rule by rule; the order matters, since a stretch of tokens belongs to the first rule
 * that claims it: gazetteer names and their other spellings, then names beside a title, after or before a head cue,
 * and next to a speech verb; last, surnames standing alone for a person already found.
 */
export function findPersons(doc: Doc): Persons {
  const found = new Found(doc);
  gazetteerPersons(doc, found);
  titledPersons(doc, found);
  namesAfterHeadCue(doc, found);
  namesBeforeHeadCue(doc, found);
  speakersNamed(doc, found);
  addSurnames(doc, found.info, found.mentions);
  found.mentions.sort((a, b) => a.first - b.first);
  return { info: found.info, mentions: found.mentions };
}

function gazetteerPersons(doc: Doc, found: Found): void {
  for (const m of doc.mentions) {
    const other = otherFirstName(doc, m);
    if (other) {
      found.unknown(other, m.last);
      continue;
    }
    for (const e of entriesOf(m, 'person')) found.known(e.id, m.first, m.last);
  }
  // Other spellings of gazetteer surnames ("Dschaafari", "Абдрахманова") are those persons too.
  for (const s of spelledPersons(doc, surnamesOf(doc))) found.known(s.id, s.first, s.last);
}

function titledPersons(doc: Doc, found: Found): void {
  for (const m of doc.mentions) {
    if (!hasCue(m, 'title')) continue;
    const tp = titlePhrase(doc, m.first);
    if (!tp) continue;
    const title = span(doc, tp.first, tp.last).text;
    // Name, then title after a comma: "Gamal Roshdy, spokesman for...", "ميخائيل بوغدانوف، نائب وزير...".
    const before = nameBeforeTitle(doc, m.first);
    if (before && !found.overlaps(before)) {
      found.unknown(before.first, before.last, title, tp.affiliation);
      continue;
    }
    if (before) found.titleOf(before, title);
    // Title then name: "نائب وزير خارجية كازاخستان، كانات توميش" / "Turkish Deputy Foreign Minister Burak Akcapar".
    // A title closed by a function word ("envoy for the Middle East", "المبعوث إلى سوريا في عدة تغريدات") goes on
    // with its object or a phrase of place, not with the holder's name.
    if (endsInFunctionWord(doc, tp.last)) continue;
    let j = tp.last;
    if (doc.tokens[j]?.text === ',') j++;
    // A single capitalized word after a title names a person when a speech verb follows ("Co-Chair Albahra said").
    const after = nameRun(doc, j, 1) ?? (hasCue(doc.cover[j + 1], 'speech') ? nameRun(doc, j, 1, 1) : null);
    if (after && nameEnds(doc, after.last) && !found.overlaps(after)) {
      found.unknown(after.first, after.last, title, tp.affiliation);
    } else if (after) found.titleOf(after, title);
  }
}

/** The token before `last` is a bare function word ("for the", "في"), not a title, ministry, state or organization. */
function endsInFunctionWord(doc: Doc, last: number): boolean {
  const m = doc.cover[last - 1];
  return (
    !!m &&
    hasCue(m, 'stop') &&
    !hasCue(m, 'title', 'ministry') &&
    !entriesOf(m, 'state').length &&
    !entriesOf(m, 'org').length
  );
}

/** "headed by Mohammad Alloush", "الذي ترأسه محمد علوش": the name right after a head cue. */
function namesAfterHeadCue(doc: Doc, found: Found): void {
  for (const m of doc.mentions) {
    if (!hasCue(m, 'head') || hasCue(doc.cover[m.last], 'title')) continue;
    // An active verb ("X heads") takes its head before it; a name after it only in free word order, with capitals
    // ("оппозицию представлял Ахмед Тома").
    if (hasCue(m, 'headActive') && !hasCaseAt(doc, m.last)) continue;
    const run = nameRun(doc, m.last, 1);
    if (!run) {
      // "ويرأس حداد الوفد الأردني": a surname alone after the cue, named in full earlier in the article.
      if (nameEnds(doc, m.last + 1)) surnameOfEarlierName(doc, found, m.last);
      continue;
    }
    if (found.overlaps(run)) continue;
    const strict = doc.tokens
      .slice(run.first, run.last)
      .every(
        (t, n) => nameToken(doc, run.first + n) || nameConnectors(doc.knowledge).has(t.text) || t.kind === 'punct',
      );
    if (strict && nameEnds(doc, run.last)) found.unknown(run.first, run.last);
  }
}

/**
 * "Ahmed Berri başkanlığında": where the head cue is a postposition, the name stands right before it.
 * "while Ahmad Tohme led the opposition team": in cased scripts, also the name right before an active head verb.
 */
function namesBeforeHeadCue(doc: Doc, found: Found): void {
  for (const m of doc.mentions) {
    const cased = hasCue(m, 'headActive') && hasCaseAt(doc, m.first - 1);
    if (!hasCue(m, 'headAfterName') && !cased) continue;
    const run = nameRun(doc, m.first - 1, -1);
    if (run && run.last === m.first && !found.overlaps(run)) found.unknown(run.first, run.last);
    // "Martin Hollis arrived on Tuesday. … Hollis leads the American delegation": a surname alone before the verb.
    else if (!run) surnameOfEarlierName(doc, found, m.first - 1);
  }
}

/**
 * News names a person in full once and by surname after: a single name word at token i (next to a head cue) whose
 * word closes a name of two words or more earlier in the article is that person's surname. The full first mention
 * is the person found (no rule may have read it, as it stands beside no cue); the surname pass links the later one.
 */
function surnameOfEarlierName(doc: Doc, found: Found, i: number): void {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || !nameToken(doc, i) || found.overlaps({ first: i, last: i + 1 })) return;
  for (let k = 0; k < i; k++) {
    if (doc.tokens[k]?.text !== t.text) continue;
    const run = nameRun(doc, k, -1);
    if (!run || run.last !== k + 1 || found.overlaps(run)) continue;
    found.unknown(run.first, run.last);
    return;
  }
}

function speakersNamed(doc: Doc, found: Found): void {
  for (const m of doc.mentions) {
    if (!hasCue(m, 'speech', 'relative')) continue;
    const run = speakerRun(doc, m);
    if (run && !found.overlaps(run)) found.unknown(run.first, run.last);
  }
}

/**
 * A name next to a speech verb without a title: after the verb where the speaker follows it and the name is closed
 * by a comma, a title or "that" ("أعلن أحمد طعمة رئيس وفد المعارضة", "said Kanat Tumysh."); in cased scripts
 * also just before it ("Gamal Roshdy said"), or before ", who".
 */
function speakerRun(doc: Doc, cue: Mention): { first: number; last: number } | null {
  if (hasCue(cue, 'relative')) {
    // Only where capitals mark the name; without them a relative opens no name ("الاجتماع، الذي").
    if (doc.tokens[cue.first - 1]?.text !== ',' || !hasCaseAt(doc, cue.first - 2)) return null;
    const run = nameRun(doc, cue.first - 2, -1);
    const prev = run ? doc.tokens[run.first - 1] : undefined;
    // The name opens its sentence: the token before it is hard punctuation or ends the sentence before.
    return run && (!prev || isHard(prev) || prev.sentence !== doc.tokens[run.first]?.sentence) ? run : null;
  }
  const after = nameRun(doc, cue.last, 1);
  const cased = hasCase(span(doc, cue.first, cue.last).text) || CASED_FIRST.test(doc.tokens[cue.first]?.text ?? '');
  if (after && cased) {
    const next = doc.tokens[after.last];
    if (!next || next.kind !== 'word' || hasCue(doc.cover[after.last], 'title', 'content')) return after;
    // "a indiqué Timour X à la presse", "said Timur X in Astana": a small word after the name opens a phrase of the
    // verb; "laut Timur X dauern …": after "according to" the capitalized run is the source.
    if (hasCue(doc.cover[after.last], 'stop', 'prep', 'locPrep') || hasCue(cue, 'according')) return after;
  }
  // Without capitals only a title right after the name tells it from ordinary words ("أعلن أحمد طعمة رئيس وفد").
  const run = cased ? null : nameAfterComplements(doc, cue.last, after);
  if (run && !hasCue(cue, 'continue')) {
    const k = doc.tokens[run.last]?.text === ',' ? run.last + 1 : run.last;
    const strict = doc.tokens.slice(run.first, run.last).every((_t, n) => nameToken(doc, run.first + n));
    // "أنور جايناكوف، الذي يرأس ...": a relative pronoun may stand before the title or head verb.
    const relative = hasCue(doc.cover[k], 'relative');
    const j = relative ? (doc.cover[k]?.last ?? k) : k;
    if (strict && hasCue(doc.cover[j], 'title', 'head')) return run;
    // "صرّح سامر خليل، الذي يدير القسم": a definite relative after a comma follows only a definite noun, and a run
    // of words without the article right after the verb is then a name.
    if (strict && relative && k === run.last + 1) return run;
  }
  if (!cased) return null;
  const before = nameRun(doc, cue.first - 1, -1);
  if (before && before.last === cue.first) return before;
  return appositiveSubject(doc, cue.first);
}

/** The longest apposition between a name opening the sentence and its verb, in tokens. */
const APPOSITION_TOKENS = 32;

/** The verb's listener and day may stand between it and its subject within this many tokens. */
const COMPLEMENT_TOKENS = 6;

/**
 * "وفق ما قاله للأناضول، الأحد، رياض الحسن عضو اللجنة": the name after a verb, past the medium it spoke to and the day
 * it spoke on, set off by commas; else the name right after the verb.
 */
function nameAfterComplements(
  doc: Doc,
  from: number,
  right: { first: number; last: number } | null,
): { first: number; last: number } | null {
  let k = from;
  while (k < from + COMPLEMENT_TOKENS) {
    const m = doc.cover[k];
    const date = doc.dates.find((d) => d.first <= k && k < d.last);
    if (doc.tokens[k]?.text === ',') k++;
    else if (date) k = date.last;
    else if (m && hasCue(m, 'institution')) k = m.last;
    else break;
  }
  return k > from ? nameRun(doc, k, 1) : right;
}

/**
 * "Nasr al-Hariri, a cardiologist who heads the opposition body, said": the name opening the sentence (or after a
 * possessive), closed by the comma that opens an apposition ending right before the verb (or before a discourse
 * phrase right before it).
 */
function appositiveSubject(doc: Doc, cue: number): { first: number; last: number } | null {
  // "A, the army's chief of staff, for his part stated": a discourse phrase may stand between the comma and the verb.
  const aside = doc.cover[cue - 1];
  const verb = aside && hasCue(aside, 'discourse') ? aside.first : cue;
  if (doc.tokens[verb - 1]?.text !== ',') return null;
  for (let k = verb - 2; k >= 0 && k >= verb - APPOSITION_TOKENS; k--) {
    const t = doc.tokens[k];
    if (!t || hasCue(doc.cover[k], 'speech')) return null;
    // "(SCC)": an acronym in brackets inside the apposition.
    if (t.text === ')' && doc.tokens[k - 2]?.text === '(') {
      k -= 2;
      continue;
    }
    if (t.text !== ',') {
      if (isHard(t)) return null;
      continue;
    }
    const run = nameRun(doc, k - 1, -1);
    if (!run || run.last !== k) return null;
    const prev = doc.tokens[run.first - 1];
    // "Al Jazeera's Charles Stratford, reporting from Astana, said": a possessive before the name says whose.
    const possessed = (prev?.text === 's' && doc.tokens[run.first - 2]?.text === "'") || prev?.text === "'";
    return !prev || isHard(prev) || prev.sentence !== t.sentence || possessed ? run : null;
  }
  return null;
}

/** The name run just before ", <title>" (title words, demonyms and states may precede the title word itself). */
function nameBeforeTitle(doc: Doc, titleFirst: number): { first: number; last: number } | null {
  const bare = openingApposition(doc, titleFirst);
  if (bare) return bare;
  let k = titleFirst - 1;
  for (let steps = 0; k >= 0 && steps < 5; steps++) {
    const t = doc.tokens[k];
    const x = doc.cover[k];
    if (t?.text === ',') break;
    if (x && (hasCue(x, 'titleWord', 'stop', 'ministry') || entriesOf(x, 'state').length || entriesOf(x, 'org').length))
      k = x.first - 1;
    else if (t?.text === 's' || t?.text === "'" || (!!t && bareArticle(doc.dict.clitics, t.text))) k--;
    else return null;
  }
  if (k < 1 || doc.tokens[k]?.text !== ',') return null;
  // "Alexander Lavrentyev, however, the Syria envoy...": a discourse word between commas is skipped.
  const d = doc.cover[k - 1];
  if (d && hasCue(d, 'discourse') && doc.tokens[d.first - 1]?.text === ',') k = d.first - 1;
  let e = k - 1;
  if (doc.tokens[e]?.text === '"') e--;
  return nameRun(doc, e, -1);
}

/**
 * "ایبک اسمادیاروف سخنگوی وزارت خارجه ... گفت": where the verb comes last, a name opening the sentence may take its
 * title right after it without a comma.
 */
function openingApposition(doc: Doc, titleFirst: number): { first: number; last: number } | null {
  if (!doc.lex.verbFinal) return null;
  // Past the words that open the title ("Kazakistan Dışişleri Bakanlığı Sözcüsü").
  let k = titleFirst - 1;
  for (let steps = 0; k >= 0 && steps < 5; steps++) {
    const x = doc.cover[k];
    if (!x || !(hasCue(x, 'titleWord', 'ministry') || entriesOf(x, 'state').length || entriesOf(x, 'org').length))
      break;
    k = x.first - 1;
  }
  const run = nameRun(doc, k, -1);
  if (!run || run.last !== k + 1) return null;
  const prev = doc.tokens[run.first - 1];
  return !prev || isHard(prev) || prev.sentence !== doc.tokens[run.first]?.sentence ? run : null;
}

/**
 * Where a name can end in scripts without capitals: at punctuation, a speech verb, a title or a content word.
 * Otherwise the run is ordinary words after a title ("لوسيلة إعلامية قريبة").
 */
function nameEnds(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind === 'punct' || t.kind === 'newline') return true;
  if (hasCaseAt(doc, i - 1)) return true;
  if (hasCue(doc.cover[i], 'speech', 'title', 'content', 'closing', 'prep')) return true;
  // "ويرأس نائب وزير الخارجية X الوفد السوري", "معاون وزیر خارجه X وارد شد": the verb's object (a delegation) or the
  // verb itself after the titled subject closes the name where no capitals do.
  const m = doc.cover[i];
  if (hasCue(m, 'delegation', 'head', 'headActive', 'attend', 'arrive')) return true;
  // An actor named with its delegation word ("الوفد السوري"); a bare demonym goes on a noun ("لحل الأزمة السورية").
  if (m && m.first === i && actorWithDelegation(doc, m)) return true;
  // "ياسر الفرحان لعنب بلدي إن": a word led by "ل" (to whom it was said) before "إن/أن" closes the name.
  return addresseeWord(doc.dict.clitics, t.text) && [1, 2, 3].some((k) => hasCue(doc.cover[i + k], 'content'));
}

/** A state or organization mention that holds a delegation word ("الوفد السوري", "وفد المعارضة"). */
function actorWithDelegation(doc: Doc, m: Mention): boolean {
  if (!entriesOf(m, 'state').length && !entriesOf(m, 'org').length) return false;
  const words = cueWords(doc.lex, 'delegation');
  return doc.tokens.slice(m.first, m.last).some((t) => words.has(t.text));
}

// The last word of names, memoized: every article folds and tokenizes its persons' names again, mostly the same ones.
// One memo per knowledge load's proclitics, which the tokenizer reads.
const lastWordsBy = new WeakMap<ReadonlySet<string>, Map<string, { key: string; words: number }>>();

/** The last word token of the folded name ("Nasr al-Hariri" → "hariri") and how many words it has. */
function lastWordOf(name: string, proclitics: ReadonlySet<string>): { key: string; words: number } {
  let lastWords = lastWordsBy.get(proclitics);
  if (lastWords === undefined)
    lastWordsBy.set(proclitics, (lastWords = new Map<string, { key: string; words: number }>()));
  let out = lastWords.get(name);
  if (out === undefined) {
    const words = tokenize(foldKey(name), proclitics).filter((t) => t.kind === 'word');
    out = { key: words[words.length - 1]?.text ?? '', words: words.length };
    if (lastWords.size >= 100_000) lastWords.clear();
    lastWords.set(name, out);
  }
  return out;
}

/**
 * Later mentions of a recognised person by surname alone ("توميش", "Roshdy"); for a gazetteer person, the surname of
 * the full name this article wrote ("Ahmed Toma" … "Toma stated"), which its aliases may not list.
 */
function addSurnames(doc: Doc, info: Map<string, PersonInfo>, mentions: PersonMention[]): void {
  const keys = new Map<string, string>();
  for (const p of info.values()) {
    for (const s of p.surfaces) {
      const { key, words } = lastWordOf(s, doc.dict.clitics.letters);
      if (key.length >= 3 && (!p.known || words >= 2)) keys.set(key, p.id);
    }
  }
  if (!keys.size) return;
  // "وجايناكوف" with a conjunction: the keys with the conjunctions of their script before them, so a word is looked up
  // as it stands rather than sliced (most Arabic words begin with one of them).
  const withConj = new Map<string, string>();
  for (const [key, id] of keys) for (const c of conjunctionsBefore(doc.dict.clitics, key)) withConj.set(c + key, id);
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || doc.cover[i]) return;
    // "Жайнакова" in another case: the same surname (the stem is sought only when the word itself is no key).
    let id = keys.get(t.text) ?? (t.text.length > 3 ? withConj.get(t.text) : undefined);
    if (id === undefined) {
      const stem = caseStem(doc.knowledge, t.text);
      id = stem ? keys.get(stem) : undefined;
    }
    if (!id || mentions.some((x) => x.first <= i && i < x.last)) return;
    mentions.push({ id, first: i, last: i + 1, sentence: t.sentence });
    info.get(id)?.surfaces.add(span(doc, i, i + 1).text);
  });
}
