// The analyst notebook runs headless (nbclient, the .venv kernel) against a real server over the dev corpus and
// fails on any cell error; its figures are saved under test-results/notebook for a person to look at.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import {
  allSeriesArticles,
  RESULTS,
  ROOT,
  startAnalystServer,
  venvPython,
  VENV_HINT,
  type AnalystServer,
} from './page/fixture.js';

const python = venvPython();
if (python === null && testConfig().requirePython)
  throw new Error(`DIPLOGRAPH_REQUIRE_PYTHON=1 but .venv is missing: ${VENV_HINT}`);
if (python === null) console.warn(`notebook.test: skipped: no .venv (${VENV_HINT})`);

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, unknown>;
}
interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
}

const join = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join('') : (v ?? ''));

describe.skipIf(python === null)('notebooks/astana.ipynb', () => {
  let app: AnalystServer;
  let cells: Cell[];
  const out = path.join(RESULTS, 'notebook');

  beforeAll(async () => {
    app = await startAnalystServer(allSeriesArticles());
    rmSync(out, { recursive: true, force: true });
    const executed = path.join(out, 'astana.executed.ipynb');
    // Asynchronously: the server answering the notebook runs in this very process.
    try {
      await promisify(execFile)(
        python ?? 'python3',
        [
          path.join(ROOT, 'tests', 'python', 'run_notebook.py'),
          path.join(ROOT, 'notebooks', 'astana.ipynb'),
          executed,
          out,
        ],
        { cwd: ROOT, env: { ...process.env, DIPLOGRAPH_URL: app.api }, timeout: 400_000, maxBuffer: 32 << 20 },
      );
    } catch (e) {
      const stderr = (e as { stderr?: string }).stderr ?? String(e);
      throw new Error(`the notebook failed:\n${stderr.slice(-4000)}`, { cause: e });
    }
    cells = (JSON.parse(readFileSync(executed, 'utf8')) as { cells: Cell[] }).cells;
  }, 420_000);
  afterAll(async () => {
    await (app as AnalystServer | undefined)?.stop();
  });

  const textOf = (needle: string): string => {
    const cell = cells.find((c) => c.cell_type === 'code' && join(c.source).includes(needle));
    if (!cell) throw new Error(`no code cell contains "${needle}"`);
    return (cell.outputs ?? [])
      .map((o) => join(o.text) + join(o.data?.['text/plain'] as string | string[] | undefined))
      .join('\n');
  };

  it('ran every code cell without an error output', () => {
    const code = cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThanOrEqual(8);
    expect(code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
  });

  it('asked the server for the attendance of every numbered round', async () => {
    const { meetings } = await app.query<{ meetings: { round: number | null; participants: unknown[] }[] }>(
      `{ meetings(series: "astana") { round participants { role } } }`,
    );
    const rounds = new Set(meetings.filter((m) => m.round !== null && m.participants.length > 0).map((m) => m.round));
    const participations = meetings.filter((m) => m.round !== null).reduce((n, m) => n + m.participants.length, 0);
    expect(textOf('ATTENDANCE =')).toContain(
      `${rounds.size} numbered rounds with attendance, ${participations} participations`,
    );
  });

  it('drew the attendance heatmap and the statements timeline', () => {
    const images = cells.flatMap((c) => (c.outputs ?? []).filter((o) => o.data?.['image/png'] !== undefined));
    expect(images.length).toBeGreaterThanOrEqual(2);
  });

  it('compared the delegations of the three tracks, as the API reports them', async () => {
    const parts: string[] = [];
    const missing: string[] = [];
    let delegates = 0;
    for (const track of ['astana', 'constitutional-committee', 'geneva']) {
      const { meetings } = await app.query<{
        meetings: { round: number | null; participants: { representing: { id: string } | null }[] }[];
      }>(`query($s: String!) { meetings(series: $s) { round participants { representing { id } } } }`, { s: track });
      const numbered = meetings.filter((m) => m.round !== null);
      if (numbered.length === 0) {
        missing.push(track);
        continue;
      }
      parts.push(
        `${track} ${new Set(numbered.filter((m) => m.participants.length > 0).map((m) => m.round)).size} rounds`,
      );
      delegates += numbered.flatMap((m) => m.participants).filter((p) => p.representing !== null).length;
    }
    const line = `TRACKS compared: ${parts.join(', ')}; ${delegates} delegate participations`;
    expect(textOf('TRACKS =')).toContain(
      missing.length ? `${line}; not in the graph yet: ${missing.join(', ')}` : line,
    );
  });

  it("listed the envoy's statements, found by the name Lavrentiev", async () => {
    const { actors } = await app.query<{ actors: { statements: unknown[] }[] }>(
      `{ actors(search: "Lavrentiev", kind: PERSON) { statements { id } } }`,
    );
    const expected = actors[0]?.statements.length ?? 0;
    expect(expected).toBeGreaterThan(0);
    expect(textOf('ENVOY_FIELDS')).toContain(`${expected} statements`);
  });
});
