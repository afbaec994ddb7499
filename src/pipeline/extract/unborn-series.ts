// Stage 3d: series not yet spoken of. A series' names are often ordinary words too ("الدستورية", constitutional;
// "the committee"): in an article written before the series was first agreed or announced (series.json "namedFrom")
// they are those words, and a numbered round near them is another process's. Pure; the days are data.
import type { Knowledge } from '../knowledge.js';
import type { Mention } from './mentions.js';

/** The series of the knowledge that nobody had yet spoken of on the day given. */
function unbornOn(k: Knowledge, day: string): Set<string> {
  const out = new Set<string>();
  for (const s of k.series) if (s.namedFrom !== undefined && day < s.namedFrom) out.add(s.id);
  return out;
}

/** The mentions less their entries of series not yet spoken of on the article's day (a mention left empty goes). */
export function withoutUnbornSeries(mentions: Mention[], k: Knowledge, publishedAt: string): Mention[] {
  const unborn = unbornOn(k, publishedAt);
  if (unborn.size === 0) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m.entries.some((e) => e.type === 'series' && unborn.has(e.id))) {
      out.push(m);
      continue;
    }
    // A new list: the dictionary's own lists are shared by every article.
    const entries = m.entries.filter((e) => !(e.type === 'series' && unborn.has(e.id)));
    if (entries.length) out.push({ ...m, entries });
  }
  return out;
}
