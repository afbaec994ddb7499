// Stage 8b: heads of delegations — "X headed the Russian delegation", "وفد ... الذي يترأسه X", "led by X", and lists
// of heads after one cue ("co-chaired by A, B and C"), each with the actor they represent. Pure.
import type { Doc } from './doc.js';
import { hasCue, sentenceMentions } from './doc.js';
import type { Mention } from './mentions.js';
import { entriesOf } from './mentions.js';
import type { Persons } from './persons.js';

/** The actor a mention names and how: an organization, a state's government ("strong"), a country name, a demonym. */
export function actorOf(m: Mention): { id: string; form: 'name' | 'strong' | 'demonym' | 'org' } | null {
  const org = entriesOf(m, 'org')[0];
  if (org) return { id: org.id, form: 'org' };
  const strong = entriesOf(m, 'state').find((e) => e.form === 'strong');
  if (strong) return { id: strong.id, form: 'strong' };
  const name = entriesOf(m, 'state').find((e) => e.form === 'name');
  if (name) return { id: name.id, form: 'name' };
  const dem = entriesOf(m, 'state').find((e) => e.form === 'demonym');
  return dem ? { id: dem.id, form: 'demonym' } : null;
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
  for (const q of ps.filter((p) => p.first > first.first)) {
    if (q.first - prev.last > 16) break;
    const between = ms.filter((m) => m.first >= prev.last && m.last <= q.first);
    if (between.some((m) => hasCue(m, 'speech', 'participate', 'content', 'meeting'))) break;
    const joined = [q.first - 1, q.first - 2, q.first - 3].some((j) => {
      const t = doc.tokens[j];
      return !!t && (t.text === ',' || hasCue(doc.cover[j], 'rangeJoin', 'byWord'));
    });
    if (!joined) break;
    const own = persons.info.get(q.id)?.affiliation ?? null;
    const named =
      [...between]
        .reverse()
        .map(actorOf)
        .find((a) => a !== null)?.id ?? null;
    const rep = own ?? named;
    if (rep && !out.some((o) => o.person === q.id)) out.push({ person: q.id, representing: rep, at: q.first });
    prev = q;
  }
}

/** "X headed the Russian delegation", "وفد ... الذي يترأسه X", "led by X": the person and whom they represent. */
export function heads(
  doc: Doc,
  sentence: number,
  persons: Persons,
): { person: string; representing: string; at: number }[] {
  const ms = sentenceMentions(doc, sentence);
  const out: { person: string; representing: string; at: number }[] = [];
  const ps = persons.mentions.filter((p) => p.sentence === sentence);
  for (const cue of ms.filter((m) => hasCue(m, 'head', 'headActive'))) {
    // "X heads the Russian team" names the head before the verb; "headed by X", "يترأسه X" after it.
    const active = hasCue(cue, 'headActive');
    let best: (typeof ps)[number] | undefined;
    let dist = Infinity;
    for (const p of ps) {
      // Otherwise the head follows ("headed by X", "يترأسه X"); one before the cue only when none follows.
      const d = active
        ? p.last <= cue.first
          ? cue.first - p.last
          : Infinity
        : p.first >= cue.last
          ? p.first - cue.last
          : 100 + cue.first - p.last;
      // A person before the cue with a speech verb in between is the speaker, not the head.
      const spoke =
        p.last <= cue.first &&
        ms.some((m) => m.first >= p.last && m.last <= cue.first && hasCue(m, 'speech', 'content'));
      if (!spoke && d < dist && (d <= 16 || (d >= 100 && d <= 112))) {
        best = p;
        dist = d;
      }
    }
    if (!best) continue;
    let rep: string | null = null;
    let repDist = Infinity;
    for (const m of ms) {
      const a = actorOf(m);
      if (!a || (best.first <= m.first && m.last <= best.last)) continue;
      // The delegation named on the other side of the verb from the head: "X heads the Russian team",
      // "the Russian mission was led by X".
      // "its ambassador to Kazakhstan": the object of the head's title is not whom they represent.
      if (hasCue(doc.cover[m.first - 1], 'titleObject')) continue;
      const afterCue = m.first >= cue.last;
      const d = (afterCue ? m.first - cue.last : cue.first - m.last) + (afterCue === active ? 0 : 3);
      if (d < repDist && (d <= 6 || (!active && !afterCue && d <= 12))) {
        rep = a.id;
        repDist = d;
      }
    }
    rep ??= persons.info.get(best.id)?.affiliation ?? null;
    if (rep && !out.some((o) => o.person === best.id)) out.push({ person: best.id, representing: rep, at: best.first });
    if (!active && best.first >= cue.last) listedHeads(doc, ms, ps, best, out, persons);
  }
  return out;
}
