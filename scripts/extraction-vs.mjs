// Extraction speed of this checkout side by side with an older built checkout, in MB of UTF-8 text per CPU-second
// on the dev-corpus mix (every seed and dev article once per pass). The two sides run in separate processes, one
// after the other, round after round, so that a shared, loaded machine slows both alike; CPU time, not wall time.
//
//   node scripts/extraction-vs.mjs --before ../old-checkout [--rounds 3] [--passes 5] [--warmup 1]
//
// --warmup N runs N passes before timing (default 1). Process CPU time counts V8's background compiler threads: after
// one warm-up pass they still compile the pipeline's hot functions, which on this corpus costs more CPU than the
// extraction itself, so the default figure is a cold start; `--warmup 10` measures a warmed-up extractor (a long
// ingest). The main thread's share (Linux only) is printed too: the extraction alone, without compilation.
//
// Each side's V8 compiler is set as that checkout's extracting processes set it (tuneCompilerForExtraction, when the
// checkout has it; EXTRACTION_VS_UNTUNED=1 leaves V8's defaults).
//
// Both checkouts must be built (`npm run build`: dist/pipeline/facts.js and dist/seed.js).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
import { arg, CORPUS, devMixArticles, loadPipeline, median } from './dev-mix.mjs';

/** One measuring process: loads the checkout's pipeline, warms up, then times `passes` passes over the mix. */
/** CPU seconds of the main thread alone, from /proc (null where there is none). */
function mainThreadSeconds() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // clock ticks: 100 per second on Linux
  } catch {
    return null;
  }
}

/**
 * V8's compiler as the checkout's extracting processes set it (an ingest's, a server's extraction process), where the
 * checkout has such a setting (dist/threads.js's tuneCompilerForExtraction, round 13); before the pipeline compiles.
 */
async function tuneAsExtractionProcesses(checkout) {
  const file = path.join(checkout, 'dist', 'threads.js');
  if (process.env.EXTRACTION_VS_UNTUNED === '1' || !existsSync(file)) return;
  const threads = await import(pathToFileURL(file).href);
  if (typeof threads.tuneCompilerForExtraction === 'function') threads.tuneCompilerForExtraction();
}

async function child(checkout, passes, warmup) {
  await tuneAsExtractionProcesses(checkout);
  const { extractFacts, loadSeedKnowledge } = await loadPipeline(checkout);
  const knowledge = loadSeedKnowledge();
  const articles = devMixArticles();
  for (let w = 0; w < warmup; w++) for (const a of articles) extractFacts(a, knowledge); // JIT, lazily built tables
  // Per language, then the mix: each language's articles timed together, `passes` times.
  const byLang = new Map();
  for (const a of articles) byLang.set(a.language, [...(byLang.get(a.language) ?? []), a]);
  const out = {};
  let mb = 0;
  let seconds = 0;
  const main0 = mainThreadSeconds();
  for (const [lang, list] of byLang) {
    const langMb = (passes * list.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0)) / 1e6;
    const t0 = process.cpuUsage();
    for (let p = 0; p < passes; p++) for (const a of list) extractFacts(a, knowledge);
    const used = process.cpuUsage(t0);
    const s = (used.user + used.system) / 1e6;
    out[lang] = langMb / s;
    mb += langMb;
    seconds += s;
  }
  const main1 = mainThreadSeconds();
  const mainThread = main0 === null || main1 === null ? null : mb / (main1 - main0);
  console.log(JSON.stringify({ mbPerCpuSecond: mb / seconds, mainThread, byLanguage: out }));
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
} else {
  const before = arg('before');
  const rounds = Number(arg('rounds', '3'));
  const passes = Number(arg('passes', '5'));
  const warmup = Number(arg('warmup', '1'));
  if (!before || !existsSync(path.join(path.resolve(before), 'dist', 'pipeline', 'facts.js'))) {
    console.error(
      'usage: node scripts/extraction-vs.mjs --before DIR (a built older checkout) [--rounds N] [--passes N]',
    );
    process.exit(2);
  }
  if (!existsSync(path.join(CORPUS, 'dev'))) {
    console.error(`extraction-vs: the dev corpus is not at ${CORPUS}`);
    process.exit(2);
  }
  const sides = { before: path.resolve(before), now: ROOT };
  const runs = { before: [], now: [] };
  const mains = { before: [], now: [] };
  const langs = { before: {}, now: {} };
  for (let r = 0; r < rounds; r++) {
    for (const [name, dir] of Object.entries(sides)) {
      const out = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', dir, String(passes), String(warmup)],
        {
          encoding: 'utf8',
        },
      );
      if (out.status !== 0) throw new Error(`${name} failed:\n${out.stderr}`);
      const result = JSON.parse(out.stdout.trim().split('\n').pop());
      runs[name].push(result.mbPerCpuSecond);
      if (result.mainThread !== null) mains[name].push(result.mainThread);
      for (const [lang, v] of Object.entries(result.byLanguage)) (langs[name][lang] ??= []).push(v);
    }
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(2)).join(' / ');
  console.log(
    `extraction, dev mix, MB per CPU-second (${rounds} interleaved rounds × ${passes} passes, ${warmup} warm-up)`,
  );
  console.log(`before (${sides.before}): ${fmt(runs.before)}  median ${median(runs.before).toFixed(2)}`);
  console.log(`now    (${sides.now}): ${fmt(runs.now)}  median ${median(runs.now).toFixed(2)}`);
  console.log(`ratio now/before (medians): ${(median(runs.now) / median(runs.before)).toFixed(2)}×`);
  if (mains.before.length && mains.now.length) {
    const [b, n] = [median(mains.before), median(mains.now)];
    console.log(
      `main thread only (no JIT compiler threads): before ${b.toFixed(2)}  now ${n.toFixed(2)}  ${(n / b).toFixed(2)}×`,
    );
  }
  console.log('per language (medians): language  before  now  ratio');
  for (const lang of Object.keys(langs.now).sort()) {
    const b = median(langs.before[lang] ?? [NaN]);
    const n = median(langs.now[lang]);
    console.log(`  ${lang.padEnd(4)} ${b.toFixed(2).padStart(6)} ${n.toFixed(2).padStart(6)} ${(n / b).toFixed(2)}×`);
  }
}
