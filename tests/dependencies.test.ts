// Every runtime dependency declared in package.json is used: imported (or required) by the sources, the page or the
// scripts. A dependency nothing imports is dead weight on every install, so it fails here until it is used or removed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [p] : [];
  });
}

/** The package names a source file imports, requires or loads with import(). */
function imported(text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g)];
  return specs.map((m) => {
    const spec = m[1] ?? '';
    const parts = spec.split('/');
    return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  });
}

describe('dependencies', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const used = new Set(
    ['src', 'web', 'scripts', 'bin']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .flatMap((f) => imported(readFileSync(f, 'utf8'))),
  );

  it.each(Object.keys(pkg.dependencies))('%s is imported somewhere', (name) => {
    expect(used.has(name)).toBe(true);
  });

  it('reads every form of import (a name never imported is not found)', () => {
    const text = "import a from 'alpha';\nimport 'beta/x';\nconst c = require('@g/gamma/y');\nawait import('delta');";
    expect(imported(text)).toEqual(['alpha', 'beta', '@g/gamma', 'delta']);
    expect(imported("import x from './local.js';")).toEqual([]);
  });
});
