// Leave-one-language-out: how the pipeline does on a language it has no knowledge of. For each language we have a
// lexicon for, its Astana tuning articles (corpus/astana/tune{,2..8,3}/xx and the look halves of tune9..tune14 under
// /work/split/look) are scored twice: with the full seed knowledge, and with everything keyed to that language
// withheld — its lexicon, its names in states.json, actors.json, series.json, its country names from
// i18n-iso-countries (unless --keep-iso), and actor aliases written in a script only that language's lexicon claims.
// Prints attendance / delegates / rounds / statements F1 per language (built code: run `npm run build` first).
//
//   node scripts/unseen-language.mjs                      every language, strict withholding
//   node scripts/unseen-language.mjs --langs ru,de        some languages
//   node scripts/unseen-language.mjs --keep-iso           the withheld language keeps its i18n-iso-countries names
//   node scripts/unseen-language.mjs --detect             articles carry no language tag: the pipeline detects it
//   node scripts/unseen-language.mjs --json               the reports as JSON
//   node scripts/unseen-language.mjs --root ../other      another checkout's dist/ and seed/ (a before/after table)
//   node scripts/unseen-language.mjs --confusion          detection on untagged text: every look article of ours
//                                                         (corpus/, /work/split/look) and tests/fixtures' invented
//                                                         paragraphs in languages we have no lexicon for
// Languages with no lexicon (zh, ja, ur ... in the tuning folders) get a row too: both columns read them as they are.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --root DIR: score another checkout's build (its dist/ and seed/) with this script, for a before/after table.
const ROOT = path.resolve(arg('root', HERE));
const LOOK = '/work/split/look/astana';
const FOLDERS = [
  ...['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8'].map((t) =>
    path.join(ROOT, 'corpus', 'astana', t, 'xx'),
  ),
  ...['tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15'].map((t) => path.join(LOOK, t, 'xx')),
];

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** Every tuning article (with its gold) by language. */
function articlesByLanguage() {
  const out = new Map();
  for (const dir of FOLDERS) {
    if (!existsSync(path.join(dir, 'articles.jsonl'))) continue;
    const gold = new Map(readJsonl(path.join(dir, 'gold.jsonl')).map((g) => [g.id, g]));
    for (const a of readJsonl(path.join(dir, 'articles.jsonl'))) {
      const list = out.get(a.language) ?? [];
      list.push({ article: a, gold: gold.get(a.id) ?? { id: a.id } });
      out.set(a.language, list);
    }
  }
  return out;
}

/** A code point range of a lexicon's detection row as a regular expression. */
function scriptOf(lex) {
  const d = lex?.detection;
  return d ? new RegExp(`[\\u{${d.script[0]}}-\\u{${d.script[1]}}]`, 'u') : null;
}

/** Deletes `lang` from every { lang: ... } map of the rows' fields. */
function dropKey(rows, fields, lang) {
  for (const row of rows) for (const f of fields) if (row[f] && typeof row[f] === 'object') delete row[f][lang];
}

/** The seed files with everything keyed to `lang` withheld. */
function withheld(raw, lang, keepIso) {
  const r = JSON.parse(JSON.stringify(raw));
  const own = r.lexicons.find((l) => l.data.lang === lang)?.data;
  r.lexicons = r.lexicons.filter((l) => l.data.lang !== lang);
  dropKey(r.states, ['names', 'demonyms', 'strong'], lang);
  dropKey(r.actors, ['names'], lang);
  dropKey(r.series, ['names', 'shortNames', 'meetingNames', 'nouns'], lang);
  if (!keepIso) for (const byLang of Object.values(r.countryNames)) delete byLang[lang];
  // Aliases in a script no other lexicon claims (Hebrew) are that language's own spellings.
  const script = scriptOf(own);
  const shared = r.lexicons.some((l) => scriptOf(l.data)?.source === script?.source);
  if (script && !shared) for (const a of r.actors) a.aliases = a.aliases.filter((x) => !script.test(x));
  return r;
}

/** Look folders of every corpus group (the hold halves and blind sets are never read). */
function lookFolders() {
  const out = [];
  const walk = (dir, skip) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !skip(p)) walk(p, skip);
      else if (e.name === 'articles.jsonl') out.push(dir);
    }
  };
  // In the repo, tune9..tune15 (Astana) and tune4..tune9 (other series) hold hold halves: their look halves are read
  // under /work/split/look instead.
  const held = (p) =>
    /blind/.test(p) || /astana\/tune(9|1[0-9])$/.test(p) || /(constitutional-committee|geneva)\/tune[4-9]$/.test(p);
  walk(path.join(ROOT, 'corpus'), held);
  walk('/work/split/look', (p) => /blind/.test(p));
  return out;
}

/** Detected language of every untagged text, as "tag -> detected" counts, ours and those we have no lexicon for. */
async function confusion(dist) {
  const { loadSeedKnowledge } = await dist('seed.js');
  const { detectLanguage } = await dist('pipeline/normalize/language.js');
  const k = loadSeedKnowledge();
  const texts = [];
  const seen = new Set();
  for (const dir of lookFolders())
    for (const a of readJsonl(path.join(dir, 'articles.jsonl')))
      if (!seen.has(a.id)) {
        seen.add(a.id);
        texts.push({ lang: a.language, text: a.text });
      }
  texts.push(...JSON.parse(readFileSync(path.join(HERE, 'tests', 'fixtures', 'unseen-language-texts.json'), 'utf8')));
  const cells = new Map();
  for (const t of texts) {
    const row = cells.get(t.lang) ?? new Map();
    const got = detectLanguage(t.text, k);
    row.set(got, (row.get(got) ?? 0) + 1);
    cells.set(t.lang, row);
  }
  const ours = (lang) => k.lexicons[lang] !== undefined;
  console.log('| text in | n | detected as |');
  console.log('| --- | --- | --- |');
  for (const [lang, row] of [...cells.entries()].sort(
    ([a], [b]) => Number(ours(b)) - Number(ours(a)) || a.localeCompare(b),
  )) {
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    const got = [...row.entries()].sort((a, b) => b[1] - a[1]).map(([l, c]) => `${l} ${c}`);
    console.log(`| ${lang}${ours(lang) ? '' : ' (no lexicon)'} | ${n} | ${got.join(', ')} |`);
  }
  const right = (lang, got) => got === (ours(lang) ? lang : 'und');
  for (const [name, keep] of [
    ['ours', ours],
    ['no lexicon', (l) => !ours(l)],
  ]) {
    let n = 0;
    let ok = 0;
    for (const [lang, row] of cells)
      if (keep(lang))
        for (const [got, c] of row) {
          n += c;
          if (right(lang, got)) ok += c;
        }
    console.log(`${name}: ${ok}/${n} right (ours: their own tag; no lexicon: und)`);
  }
}

async function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'eval.js'))) {
    console.error('unseen-language: dist/ is missing — run `npm run build` first');
    process.exit(2);
  }
  const dist = (p) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);
  if (flag('confusion')) return confusion(dist);
  const { readSeedFiles } = await dist('seed.js');
  const { parseKnowledge } = await dist('pipeline/knowledge.js');
  const { evaluate } = await dist('eval.js');
  const raw = readSeedFiles();
  const byLang = articlesByLanguage();
  const langs = (arg('langs', '') || [...byLang.keys()].sort().join(',')).split(',');
  const detect = flag('detect');
  const keepIso = flag('keep-iso');
  const work = mkdtempSync(path.join(tmpdir(), 'dg-unseen-'));
  const rows = [];
  try {
    for (const lang of langs) {
      const items = byLang.get(lang) ?? [];
      if (items.length === 0) continue;
      const dir = path.join(work, lang);
      mkdirSync(dir);
      const articles = items.map(({ article }) => {
        if (!detect) return article;
        const rest = { ...article };
        delete rest.language;
        return rest;
      });
      writeFileSync(path.join(dir, 'articles.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
      writeFileSync(path.join(dir, 'gold.jsonl'), items.map(({ gold }) => JSON.stringify(gold)).join('\n') + '\n');
      const full = (await evaluate([dir], parseKnowledge(raw), 'astana'))[0].report;
      // A language with no lexicon has nothing of its own to withhold: both columns read it as it is.
      const unseen = !raw.lexicons.some((l) => l.data.lang === lang);
      const blind = unseen
        ? full
        : (await evaluate([dir], parseKnowledge(withheld(raw, lang, keepIso)), 'astana'))[0].report;
      rows.push({ lang, articles: items.length, full, blind, unseen });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (flag('json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
    return;
  }
  const f = (x) => x.toFixed(3).replace(/^0/, '');
  const cells = (r) =>
    [r.attendance, r.delegates, r.rounds, r.statements].map((m) => f(m.f1)).join(' / ') +
    ` (att P ${f(r.attendance.precision)})`;
  console.log(`withheld language: ${detect ? 'detected' : 'tagged'}; i18n names ${keepIso ? 'kept' : 'withheld'}`);
  console.log('| lang | n | own lexicon att / del / rnd / stm | withheld att / del / rnd / stm |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.lang}${r.unseen ? ' (no lexicon)' : ''} | ${r.articles} | ${cells(r.full)} | ${cells(r.blind)} |`,
    );
  // Languages we have a lexicon for (withheld in turn) apart from those we have none for (scored as they are).
  const groups = [
    ['lexicon languages', rows.filter((r) => !r.unseen)],
    ['no-lexicon languages', rows.filter((r) => r.unseen)],
  ];
  for (const [name, group] of groups) {
    if (group.length === 0) continue;
    for (const which of ['full', 'blind']) {
      const parts = ['attendance', 'delegates', 'rounds', 'statements'].map((key) => micro(group, which, key));
      console.log(`${name}, ${which === 'full' ? 'own lexicon' : 'withheld'}: micro ${parts.join('; ')}`);
    }
  }
}

/** Micro-averaged P/R/F1 of one measure over rows, with its counts. */
function micro(rows, which, key) {
  const [tp, fp, fn] = ['tp', 'fp', 'fn'].map((c) => rows.reduce((s, r) => s + r[which][key][c], 0));
  const f = (x) => (Number.isFinite(x) ? x.toFixed(3).replace(/^0/, '') : '-');
  return `${key} P ${f(tp / (tp + fp))} R ${f(tp / (tp + fn))} F1 ${f((2 * tp) / (2 * tp + fp + fn))} (tp ${tp} fp ${fp} fn ${fn})`;
}

await main();
