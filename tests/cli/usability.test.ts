// Small things a newcomer meets first on the command line: the version, a port out of range, and where the warnings
// that the ingest summary counts can be read.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBinary, ROOT, runCli } from './binary.js';

describe('command line usability', () => {
  let work: string;
  beforeAll(() => {
    buildBinary();
    work = mkdtempSync(path.join(tmpdir(), 'dg-cli-usability-'));
  }, 180_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('serve --port 99999 is a usage error naming the flag and the valid range', async () => {
    const r = await runCli(['serve', '--port', '99999', '--data', path.join(work, 'data')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('error: --port: a TCP port is between 0 and 65535, got "99999"');
  });

  it('the ingest summary says how to list the warnings it counts, and --verbose lists them', async () => {
    // An article naming a series of talks but no numbered meeting of it gives an extraction warning.
    const file = path.join(work, 'warn.json');
    writeFileSync(
      file,
      JSON.stringify({
        text: 'The Astana talks on Syria go on, officials said.',
        publishedAt: '2020-01-01',
        language: 'en',
      }),
    );
    const quiet = await runCli(['ingest', file, '--data', path.join(work, 'w1')]);
    const warnings = Number(/(\d+) warnings/.exec(quiet.stdout)?.[1]);
    expect(warnings).toBeGreaterThan(0);
    expect(quiet.stdout).toContain('(--verbose lists them)');
    const verbose = await runCli(['ingest', file, '--verbose', '--data', path.join(work, 'w2')]);
    expect(verbose.stdout).not.toContain('--verbose lists them');
    expect(verbose.stderr.match(/: warning: /g)?.length).toBe(warnings);
  });
});
