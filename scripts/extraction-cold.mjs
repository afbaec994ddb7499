// CPU time of a cold extraction process, side by side with an older built checkout: each run is a new process that
// imports the pipeline, loads the seed knowledge and extracts the dev-corpus mix (seed + dev/{ar,en,xx}) once, so it
// counts module loading, the per-language dictionaries and V8's compilation, the way a short CLI run pays them.
// Runs alternate between the two checkouts; CPU time of the whole process (every thread), medians.
//
//   node scripts/extraction-cold.mjs --before ../old-checkout [--runs 5]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
import { arg, devMixArticles, loadPipeline, median } from './dev-mix.mjs';

/** One cold run: prints the process's CPU seconds and the MB of article text it extracted. */
async function child(checkout) {
  const { extractFacts, loadSeedKnowledge } = await loadPipeline(checkout);
  const knowledge = loadSeedKnowledge();
  let bytes = 0;
  for (const article of devMixArticles()) {
    bytes += Buffer.byteLength(article.text, 'utf8');
    extractFacts(article, knowledge);
  }
  const used = process.cpuUsage();
  console.log(JSON.stringify({ seconds: (used.user + used.system) / 1e6, mb: bytes / 1e6 }));
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  const before = arg('before');
  const runs = Number(arg('runs', '5'));
  if (!before) {
    console.error('usage: node scripts/extraction-cold.mjs --before DIR (a built older checkout) [--runs N]');
    process.exit(2);
  }
  const sides = { before: path.resolve(before), now: ROOT };
  const out = { before: [], now: [] };
  let mb = 0;
  for (let r = 0; r < runs; r++) {
    for (const [name, dir] of Object.entries(sides)) {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${name} failed:\n${run.stderr}`);
      const result = JSON.parse(run.stdout.trim().split('\n').pop());
      out[name].push(result.seconds);
      mb = result.mb;
    }
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(2)).join(' / ');
  const [b, n] = [median(out.before), median(out.now)];
  console.log(`cold extraction process, dev mix once (${mb.toFixed(3)} MB), CPU seconds (${runs} alternating runs)`);
  console.log(`before (${sides.before}): ${fmt(out.before)}  median ${b.toFixed(2)} (${(mb / b).toFixed(3)} MB/CPU-s)`);
  console.log(`now    (${sides.now}): ${fmt(out.now)}  median ${n.toFixed(2)} (${(mb / n).toFixed(3)} MB/CPU-s)`);
  console.log(`ratio now/before (CPU): ${(n / b).toFixed(2)}×`);
}
