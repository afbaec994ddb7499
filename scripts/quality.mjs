// `npm run quality`: the extraction-quality table of the README, reproduced. Runs `diplograph eval` (built code in
// dist/) on every annotated corpus group — the shared development corpus when ../shared is present, and ours in
// corpus/ — and prints one Markdown row per group: attendance / article-level attendance / delegates / rounds /
// statements F1.
//
//   npm run quality                 tuning data only (dev, dev2, corpus/astana/tune*, the other series)
//   npm run quality -- --blind      adds corpus/astana/blind12 and corpus/<series>/blind10: score them once per round of changes, never to tune
//   npm run quality -- --json       the reports as JSON instead of the table
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'corpus');
const OURS = path.join(ROOT, 'corpus');
const LANGS = ['ar', 'en', 'xx'];

/** [name, series, folders] per row; a row whose folders are absent is left out and said so. */
function groups(blind) {
  const rows = [];
  rows.push([
    'dev (seed + ar, en, xx)',
    'astana',
    [path.join(SHARED, 'seed'), ...LANGS.map((l) => path.join(SHARED, 'dev', l))],
  ]);
  for (const l of LANGS) rows.push([`dev2/${l}`, 'astana', [path.join(SHARED, 'dev2', l)]]);
  // tune3 and tune10 have no Arabic part: they were written to add English and other languages.
  const tuning = [
    'tune',
    'tune2',
    'tune4',
    'tune5',
    'tune6',
    'tune7',
    'tune8',
    'tune9',
    'tune10',
    'tune11',
    'tune12',
    'tune13',
    'tune14',
    'tune15',
    'tune16',
  ];
  const astana = blind ? [...tuning, 'blind12'] : tuning;
  for (const part of astana) {
    for (const l of part === 'tune10' ? ['en', 'xx'] : LANGS)
      rows.push([`astana/${part}/${l}`, 'astana', [path.join(OURS, 'astana', part, l)]]);
  }
  for (const l of ['en', 'xx']) rows.push([`astana/tune3/${l}`, 'astana', [path.join(OURS, 'astana', 'tune3', l)]]);
  for (const series of ['constitutional-committee', 'geneva']) {
    for (const l of ['ar', 'en']) rows.push([`${series}/${l}`, series, [path.join(OURS, series, l)]]);
    for (const part of ['tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10'])
      for (const l of ['ar', 'en']) rows.push([`${series}/${part}/${l}`, series, [path.join(OURS, series, part, l)]]);
    if (blind)
      for (const l of ['ar', 'en'])
        rows.push([`${series}/blind10/${l}`, series, [path.join(OURS, series, 'blind10', l)]]);
  }
  return rows;
}

function evaluate(series, folders) {
  const args = ['bin/diplograph.js', 'eval', '--series', series, '--json', ...folders.flatMap((f) => ['--corpus', f])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`eval of ${folders.join(', ')} failed:\n${run.stderr}`);
  const reports = JSON.parse(run.stdout);
  return (reports.find((r) => r.name === 'overall') ?? reports[0]).report;
}

const f1 = (m) => m.f1.toFixed(3).replace(/^0/, '');

const blind = process.argv.includes('--blind');
const json = process.argv.includes('--json');
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  console.error('quality: dist/ is missing — run `npm run build` first');
  process.exit(2);
}
const out = [];
for (const [name, series, folders] of groups(blind)) {
  const missing = folders.filter((f) => !existsSync(path.join(f, 'gold.jsonl')));
  if (missing.length > 0) {
    console.error(`quality: skipping ${name}: no corpus at ${missing.join(', ')}`);
    continue;
  }
  out.push({ name, series, report: evaluate(series, folders) });
}
if (json) {
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(`Extraction quality, ${new Date().toISOString().slice(0, 10)}, commit ${gitHead()}`);
  console.log('attendance / article-level attendance / delegates / rounds / statements F1\n');
  console.log('| corpus | articles | att. | art.-level | delegates | rounds | statements |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { name, report: r } of out) {
    const cells = [r.attendance, r.attendanceByArticle, r.delegates, r.rounds, r.statements].map(f1);
    console.log(`| ${name} | ${r.articles} | ${cells.join(' | ')} |`);
  }
}

function gitHead() {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : 'unknown';
}
