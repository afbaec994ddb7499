// The test setup (tests/setup/neo4j.ts) run for real in a separate vitest, beside a developer's own Neo4j started by
// `npm run neo4j -- start` on a non-default port (with NEO4J_PORT still exported, as after that command): the setup
// neither uses it (unless NEO4J_URI names it) nor stops it, stops what it started, and a run killed with SIGKILL
// leaves no Neo4j behind. Three real JVMs; skipped without Java and Maven.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { ROOT } from '../cli/binary.js';
import { freePort, javaAndMaven, neo4jScript } from './neo4j-script.js';

const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const PROBE_CONFIG = path.join(ROOT, 'tests', 'setup', 'probe', 'vitest.config.ts');
const START_MS = 300_000;

function script(command: 'start' | 'stop' | 'status', state: string, port?: number): { code: number; out: string } {
  const env: Record<string, string> = { DIPLOGRAPH_NEO4J_STATE: state };
  if (port !== undefined) env.NEO4J_PORT = String(port);
  return neo4jScript(command, env, START_MS);
}

const sleep = (ms: number) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

async function until<T>(what: string, probe: () => T | undefined, ms: number): Promise<T> {
  const began = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - began > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(250);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

interface SetupRun {
  child: ChildProcess;
  uri: string;
  release: () => void;
  exit: Promise<number | null>;
}

/** A vitest run of the probe with the real global setup; resolves once the setup has provided its URI. */
async function runSetup(dir: string, suiteState: string, env: Record<string, string>): Promise<SetupRun> {
  const out = path.join(dir, `uri-${Date.now()}`);
  const releaseFile = `${out}.release`;
  const base = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_PORT', 'DIPLOGRAPH_NEO4J_STATE']) Reflect.deleteProperty(base, name);
  const child = spawn(process.execPath, [VITEST, 'run', '--config', PROBE_CONFIG], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...base,
      ...env,
      DIPLOGRAPH_TEST_NEO4J_STATE: suiteState,
      DIPLOGRAPH_REQUIRE_NEO4J: '1',
      PROBE_OUT: out,
      PROBE_RELEASE: releaseFile,
    },
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  const uri = await until(
    "the probe's URI",
    () => {
      if (child.exitCode !== null) throw new Error(`the probe run exited early (${child.exitCode}):\n${log}`);
      return fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
    },
    START_MS,
  ).catch((e: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${String(e)}\n${log.slice(-2000)}`);
  });
  return {
    child,
    uri,
    release: () => {
      fs.writeFileSync(releaseFile, '');
    },
    exit,
  };
}

function recorded(state: string): { pid: number; port: number } {
  return JSON.parse(fs.readFileSync(path.join(state, 'neo4j.pid'), 'utf8')) as { pid: number; port: number };
}

if (!javaAndMaven && !testConfig().requireNeo4j) {
  describe.skip('the test setup’s Neo4j (skipped: Java 17 and Maven are not installed)', () => {
    it('needs Java and Maven', () => undefined);
  });
} else {
  describe('the test setup’s Neo4j beside a developer’s own', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'dg-setup-'));
    const userState = path.join(dir, 'user');
    const suiteState = path.join(dir, 'suite');
    let userPort = 0;

    beforeAll(async () => {
      userPort = await freePort();
      const started = script('start', userState, userPort);
      expect(started.out).toContain(`ready on bolt://127.0.0.1:${userPort}`);
    }, START_MS + 10_000);

    afterAll(() => {
      script('stop', suiteState);
      script('stop', userState);
      fs.rmSync(dir, { recursive: true, force: true });
    }, 180_000);

    function userStillRuns(): void {
      const status = script('status', userState);
      expect(status.code).toBe(0);
      expect(status.out).toContain(`on bolt://127.0.0.1:${userPort}; Bolt answers`);
    }

    it(
      'without NEO4J_URI: starts its own on another port, ignores NEO4J_PORT, and stops only its own',
      async () => {
        const run = await runSetup(dir, suiteState, { NEO4J_PORT: String(userPort) });
        expect(run.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
        expect(run.uri).not.toBe(`bolt://127.0.0.1:${userPort}`);
        expect(script('status', suiteState).out).toContain(`on ${run.uri}; Bolt answers`);
        run.release();
        expect(await run.exit).toBe(0);
        expect(script('status', suiteState).code).toBe(3); // stopped
        userStillRuns();
      },
      2 * START_MS,
    );

    it(
      'with NEO4J_URI naming the developer’s Neo4j: uses it, starts nothing, and leaves it running',
      async () => {
        const named = `bolt://127.0.0.1:${userPort}`;
        const run = await runSetup(dir, suiteState, { NEO4J_URI: named });
        expect(run.uri).toBe(named);
        expect(script('status', suiteState).code).toBe(3); // nothing of its own started
        run.release();
        expect(await run.exit).toBe(0);
        userStillRuns();
      },
      2 * START_MS,
    );

    it(
      'killed with SIGKILL: the Neo4j it started dies too (its watchdog stops it), the developer’s lives on',
      async () => {
        const run = await runSetup(dir, suiteState, { NEO4J_PORT: String(userPort) });
        const { pid, port } = recorded(suiteState);
        expect(run.uri).toBe(`bolt://127.0.0.1:${port}`);
        run.child.kill('SIGKILL');
        await run.exit;
        await until('the started Neo4j to exit', () => (alive(pid) ? undefined : true), 120_000);
        expect(await listening(port)).toBe(false);
        await until('the lock to be released', () => (fs.existsSync(`${suiteState}.lock`) ? undefined : true), 30_000);
        userStillRuns();
      },
      2 * START_MS,
    );
  });
}
