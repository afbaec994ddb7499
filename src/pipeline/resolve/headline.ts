// Stage 7a: the headline — which meeting the article reports, as its title announces it. Real reports often give the
// round, the series, the status or the place only in the headline ("Geneva 3: formal meetings begin today") and say
// "the talks", "the meeting", "this round" in the body. The title is read with the body's normalization and round
// forms, in the scope of the whole article, as a frame for the article: its rounds become meetings (with evidence
// in the title), and the round it reports becomes the round the body's unnumbered sentences are about — unless the
// body contradicts it by reporting a later round of the same series as held. Pure.
import type { Article } from '../../domain.js';
import type { Doc } from '../doc.js';
import type { Knowledge } from '../knowledge.js';
import { analyse } from '../facts.js';
import { findRounds } from '../extract/rounds.js';
import { seriesInArticle, widenScope } from '../extract/series.js';
import { foldKey } from '../normalize/fold.js';
import { evidence } from '../doc.js';
import type { RoundInfo } from './meetings.js';
import { actingRounds, resolveRounds } from './meetings.js';
import { focusRound } from './frames.js';

/** What the headline announces: its rounds (ids, status, dates and place as the title gives them) and its focus. */
export interface Headline {
  doc: Doc;
  rounds: RoundInfo[];
  /** The round the headline reports (its meeting id), if it names one. */
  focus: string | null;
}

/** Characters of the text's opening searched for the title: a page may put a kicker or a date before it. */
const OPENING_SLACK = 80;

/** The title stands at the text's opening already (many pages repeat the headline as their first line). */
function titleOpensText(title: string, text: string): boolean {
  const t = foldKey(title).replace(/\s+/g, ' ').trim();
  const opening = foldKey(text.slice(0, title.length + OPENING_SLACK)).replace(/\s+/g, ' ');
  return t.length > 0 && opening.includes(t);
}

/**
 * The article's headline read as a doc of its own, when it has a title that is not already the text's first line
 * (that line is read with the text). Both docs are put in the scope of the whole article: the series either names.
 */
export function readHeadline(article: Article, body: Doc, knowledge: Knowledge): Headline | null {
  const title = article.title?.trim();
  if (!title || titleOpensText(title, article.text)) return null;
  const doc: Doc = analyse({ ...article, text: title }, knowledge, true);
  const own = seriesInArticle(doc);
  widenScope(doc, seriesInArticle(body));
  widenScope(body, own);
  const rounds = actingRounds(resolveRounds(doc, findRounds(doc)));
  return { doc, rounds, focus: focusRound(rounds, doc) };
}

/**
 * "The Astana meeting on Syria holds its 2nd round" over a body reporting the eighth conference, where the second
 * round is another meeting's: a headline round is contradicted when the body reports a later round of the same
 * series as held, and it does not name the headline's round itself.
 */
function contradicted(h: RoundInfo, body: readonly RoundInfo[]): boolean {
  if (body.some((b) => b.id === h.id)) return false;
  return body.some((b) => b.series === h.series && b.status === 'HELD' && b.round > h.round);
}

/**
 * The headline's rounds as the body's meeting list takes them: each one the body does not contradict, added when the
 * body does not name it (no mention in the body: its frame is the headline), with its title evidence; the
 * headline's focus marked as the round the article reports when the body's own rounds are of its series or none.
 */
export function adoptHeadline(body: RoundInfo[], head: Headline | null): RoundInfo[] {
  if (!head?.rounds.length) return body;
  const out = [...body];
  for (const h of head.rounds) {
    if (h.mentions.every((m) => m.next || m.before) || contradicted(h, body)) continue;
    const ev = h.mentions.map((m) => evidence(head.doc, m.first, m.last));
    const i = out.findIndex((b) => b.id === h.id);
    const own = out[i];
    if (own) out[i] = { ...own, headline: ev, placeId: own.placeId ?? h.placeId };
    else out.push(headlineOnly(h, ev));
  }
  return markFocus(out, head);
}

/** A round only the headline names: its status and place as the title gives them, its days without token offsets. */
function headlineOnly(h: RoundInfo, ev: RoundInfo['headline']): RoundInfo {
  // The title's dates point at the title's tokens: kept for their days only, at no sentence of the body.
  const detach = <T extends { first: number; last: number; sentence: number }>(d: T | null): T | null =>
    d ? { ...d, first: -1, last: -1, sentence: -1 } : null;
  return { ...h, mentions: [], dates: detach(h.dates), window: detach(h.window), headline: ev };
}

/**
 * The headline's round is the one the article reports when the body's rounds (by their own count) are none or of the
 * same series: "Geneva 3: talks begin today" over a body that names no round; "round 21 meets" over a body that only
 * announces the 22nd; not "the committee's sixth session discussed" over a body reporting an Astana round.
 */
function markFocus(rounds: RoundInfo[], head: Headline): RoundInfo[] {
  const focus = head.focus;
  const h = rounds.find((r) => r.id === focus && r.headline);
  if (!h) return rounds;
  const bodyFocus = focusRound(rounds.filter((r) => r.mentions.length > 0));
  const series = rounds.find((r) => r.id === bodyFocus)?.series;
  if (series !== undefined && series !== h.series) return rounds;
  return rounds.map((r) => (r === h ? { ...r, headlineFocus: true } : r));
}
