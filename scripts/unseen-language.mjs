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
// Languages with no lexicon (zh, ja, ur ... in the tuning folders) get a row too: both columns read them as they are.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);

// --root DIR: score another checkout's build (its dist/ and seed/) with this script, for a before/after table.
const ROOT = path.resolve(arg('root', path.join(path.dirname(fileURLToPath(import.meta.url)), '..')));
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

async function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'eval.js'))) {
    console.error('unseen-language: dist/ is missing — run `npm run build` first');
    process.exit(2);
  }
  const dist = (p) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);
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
