// Bundles the browser assets (analyst page, GraphQL IDE) into dist/ with esbuild, so `serve` works offline.
// Each entry is optional: web/<name>/main.ts(x) → dist/web/<name>/main.js, with web/<name>/*.html|css copied.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
// `node scripts/build-assets.mjs ide` builds only the named entries (tests build the IDE alone).
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : ['page', 'ide']) {
  const dir = path.join(root, 'web', name);
  const entry = ['main.tsx', 'main.ts'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!entry) continue;
  const out = path.join(root, 'dist', 'web', name);
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: 'es2020',
    outfile: path.join(out, 'main.js'),
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const f of readdirSync(dir)) if (/\.(html|css|ico|png)$/.test(f)) cpSync(path.join(dir, f), path.join(out, f));
}
