// Where an extraction process's CPU goes, phase by phase, on the main thread (the extraction itself) and on the
// other threads (V8's background compiler and GC helpers): node's start, importing the pipeline, loading the seed
// knowledge, the first article of each language (which builds that language's phrase dictionary), then passes over
// the dev-corpus mix (seed + dev/{ar,en,xx}) in spans, and per language once warm. CPU time from /proc (Linux only).
//
//   node scripts/extraction-split.mjs [--checkout DIR] [--spans 1,1,8,5,35] [--lang-mb 0.2]
//
// Passes 11–15 of the default spans are the window `extraction-vs --warmup 10` times. The checkout must be built.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
import { arg, devMixArticles, loadPipeline } from './dev-mix.mjs';

/** CPU seconds so far of the main thread and of all other threads of this process. */
function threadSeconds() {
  let main = 0;
  let other = 0;
  for (const task of readdirSync('/proc/self/task')) {
    let stat;
    try {
      stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
    } catch {
      continue; // a thread that ended while listed
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const s = (Number(f[11]) + Number(f[12])) / 100; // clock ticks: 100 per second on Linux
    if (Number(task) === process.pid) main += s;
    else other += s;
  }
  return { main, other };
}

const checkout = path.resolve(arg('checkout', ROOT));
const spans = arg('spans', '1,1,8,5,35').split(',').map(Number);
/** Each language alone is extracted again and again until about this much text (its own articles, once warm). */
const langMb = Number(arg('lang-mb', '0.2'));
const rows = [];
let last = { main: 0, other: 0 };
/** Records the CPU used since the previous row. */
function row(name, mb) {
  const now = threadSeconds();
  rows.push({ name, main: now.main - last.main, other: now.other - last.other, mb });
  last = now;
}

row('node start', 0);
const { extractFacts, loadSeedKnowledge } = await loadPipeline(checkout);
row('import the pipeline', 0);
const knowledge = loadSeedKnowledge();
row('load the seed knowledge', 0);

const articles = devMixArticles();
const bytes = (list) => list.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
const mix = bytes(articles);
const byLang = new Map();
for (const a of articles) byLang.set(a.language, [...(byLang.get(a.language) ?? []), a]);
row('read the corpus', 0);

for (const [lang, list] of byLang) {
  extractFacts(list[0], knowledge);
  row(`first ${lang} article (builds the ${lang} dictionary)`, bytes([list[0]]));
}
let done = 0;
for (const n of spans) {
  for (let p = 0; p < n; p++) for (const a of articles) extractFacts(a, knowledge);
  row(`mix, passes ${done + 1}–${done + n}`, n * mix);
  done += n;
}
for (const [lang, list] of byLang) {
  const passes = Math.max(1, Math.round(langMb / bytes(list)));
  for (let p = 0; p < passes; p++) for (const a of list) extractFacts(a, knowledge);
  row(`${lang} alone (${list.length} articles × ${passes}), after ${done} passes of the mix`, passes * bytes(list));
}

const f2 = (x) => x.toFixed(2);
console.log(`checkout ${checkout}: dev mix ${mix.toFixed(3)} MB, ${articles.length} articles`);
console.log('| phase | MB | main thread CPU-s | other threads CPU-s | MB per CPU-s (process) | MB per CPU-s (main) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const rate = (s) => (r.mb > 0 && s > 0 ? f2(r.mb / s) : '');
  console.log(
    `| ${r.name} | ${r.mb > 0 ? r.mb.toFixed(3) : ''} | ${f2(r.main)} | ${f2(r.other)} | ${rate(r.main + r.other)} | ${rate(r.main)} |`,
  );
}
