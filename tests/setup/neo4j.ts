// Vitest globalSetup: finds the Neo4j the store tests run against and provides its URI as `neo4jUri`.
// NEO4J_URI wins (the database the user explicitly gives). Else the suite runs its OWN local Neo4j, in its own state
// folder (.neo4j/tests) on a free port, started when Java and Maven exist and stopped after: a Neo4j the developer
// started with `npm run neo4j -- start` is never used, wiped or stopped by the tests. The decision is chooseNeo4j
// (./neo4j-choice.ts, table-tested); tests/setup/setup-process.test.ts runs this setup for real beside a developer's
// Neo4j. A watchdog process stops the instance we started if this process dies without its teardown (SIGKILL).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { testConfig } from '../../src/config.js';
import { chooseNeo4j, type RunningNeo4j } from './neo4j-choice.js';
import { freePort } from './neo4j-script.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** '' when the Neo4j tier cannot run here. */
    neo4jUri: string;
    /** Why the tier was skipped, for the banner. */
    neo4jSkipReason: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'neo4j.mjs');
// The state folder is overridable only so tests/setup/neo4j-setup.test.ts can run this setup beside a real suite.
const TEST_STATE = path.resolve(ROOT, process.env.DIPLOGRAPH_TEST_NEO4J_STATE ?? path.join('.neo4j', 'tests'));
const LOCK = `${TEST_STATE}.lock`;
const DEVELOPER_STATE = path.join(ROOT, '.neo4j');
const WATCHDOG = path.join(ROOT, 'scripts', 'neo4j-watchdog.mjs');
const LOCK_WAIT_MS = 15 * 60_000;

function testEnv(port?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DIPLOGRAPH_NEO4J_STATE: TEST_STATE };
  if (port !== undefined) env.NEO4J_PORT = String(port);
  return env;
}

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).error === undefined;
}

function neo4jScript(command: 'start' | 'stop', quiet = false, port?: number): number {
  const result = spawnSync(process.execPath, [SCRIPT, command], {
    cwd: ROOT,
    stdio: quiet ? 'ignore' : 'inherit',
    env: testEnv(port),
  });
  return result.status ?? 1;
}

/** A run filtered to files that cannot touch Neo4j (e.g. `vitest run tests/pipeline`) does not start a JVM. */
function runNeedsNeo4j(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && !a.endsWith('vitest.mjs'));
  return (
    filters.length === 0 ||
    filters.some((f) => /store|neo4j|explain|graphql|cli|export|ingest|browser|tests\/?$/.test(f))
  );
}

export async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const { requireNeo4j, neo4jUri } = testConfig();
  project.provide('neo4jSkipReason', '');
  project.provide('neo4jUri', '');
  const needed = runNeedsNeo4j() || requireNeo4j;
  const canStart = neo4jUri === undefined && needed && has('java', ['-version']) && has('mvn', ['-v']);
  // Several vitest runs in one checkout share the database: one at a time, or they wipe each other's data.
  const release = neo4jUri !== undefined || canStart ? await takeLock() : () => undefined;
  const plan = chooseNeo4j({
    namedUri: neo4jUri,
    needed,
    canStart,
    suiteInstance: neo4jUri === undefined ? runningInstance(TEST_STATE) : null,
    otherInstances: [runningInstance(DEVELOPER_STATE)].filter((r) => r !== null),
    freePort: await freePort(),
  });
  if (plan.kind === 'skip') {
    // The test files print the banner and, with DIPLOGRAPH_REQUIRE_NEO4J=1, fail.
    project.provide('neo4jSkipReason', plan.reason);
    release();
    return undefined;
  }
  let watchdog: ChildProcess | undefined;
  if (plan.kind === 'start') {
    if (neo4jScript('start', false, plan.port) !== 0) {
      release();
      throw new Error('the test Neo4j did not start (see the log tail above); run the tests again to retry');
    }
    watchdog = startWatchdog();
  }
  project.provide('neo4jUri', plan.uri);
  return () => {
    watchdog?.kill();
    if (plan.stopAfter) neo4jScript('stop', true);
    release();
  };
}

/**
 * A detached process that stops the instance we started once this process is gone, so a vitest killed with
 * SIGKILL (no teardown) leaves no JVM behind. The teardown kills it first on a normal exit.
 */
function startWatchdog(): ChildProcess {
  const child = spawn(process.execPath, [WATCHDOG, String(process.pid), TEST_STATE, LOCK], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  return child;
}

/**
 * The instance a state folder's pid file records ({pid, port}; an older file holds the pid alone, on 7687), if that
 * pid is still a Neo4j launcher: the port is the recorded one, never NEO4J_PORT.
 */
function runningInstance(state: string): RunningNeo4j | null {
  const text = readOr(path.join(state, 'neo4j.pid'), '');
  let record: RunningNeo4j;
  try {
    const parsed = JSON.parse(text) as RunningNeo4j | number;
    record = typeof parsed === 'number' ? { pid: parsed, port: 7687 } : parsed;
  } catch {
    return null;
  }
  const launcher = readOr(`/proc/${record.pid}/cmdline`, '').includes('Launcher');
  return alive(record.pid) && launcher ? record : null;
}

/** A lock file holding our pid; a lock whose process is gone is stale and taken over. */
async function takeLock(): Promise<() => void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const began = Date.now();
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return () => {
        fs.rmSync(LOCK, { force: true });
      };
    } catch {
      // The holder may release between our create and this read: an unreadable lock counts as stale.
      const holder = Number(readOr(LOCK, '0').trim() || 0);
      if (!alive(holder)) {
        fs.rmSync(LOCK, { force: true });
        continue;
      }
      if (Date.now() - began > LOCK_WAIT_MS) throw new Error(`the local Neo4j is locked by test run pid ${holder}`);
      if (!announced) console.warn(`waiting for test run pid ${holder} to finish with the local Neo4j...`);
      announced = true;
      await new Promise((resolve) => {
        setTimeout(resolve, 1000);
      });
    }
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * For test files: the Neo4j URI to run against, or null after a LOUD banner when the tier cannot run here.
 * With DIPLOGRAPH_REQUIRE_NEO4J=1 a missing Neo4j throws instead, so CI can never pass without the tier.
 */
export function neo4jUriOrSkip(tier: string): string | null {
  const uri = inject('neo4jUri');
  if (uri !== '') return uri;
  const reason = inject('neo4jSkipReason') || 'no Neo4j was provided';
  if (testConfig().requireNeo4j) throw new Error(`DIPLOGRAPH_REQUIRE_NEO4J=1 but the Neo4j tier cannot run: ${reason}`);
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!!! NEO4J TIER SKIPPED (${tier}): ${reason}\n${line}\n`);
  return null;
}
