#!/usr/bin/env node
// `npm run neo4j -- start|stop|status|deps|log`: a local Neo4j 5.26 Community for development and tests.
// Jars come from Maven Central (tools/neo4j/pom.xml), the launcher is compiled with javac; all state lives in .neo4j/.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { alive } from './pids.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, 'tools', 'neo4j');
const STATE = path.join(ROOT, '.neo4j');
const LIB = path.join(STATE, 'lib');
const CLASSES = path.join(STATE, 'classes');
// One instance per state folder: the developer's in .neo4j/, the test suite's own in .neo4j/tests/ (DIPLOGRAPH_NEO4J_STATE),
// so a test run never touches a database someone started by hand. Jars and the launcher are shared.
const INSTANCE = path.resolve(ROOT, process.env.DIPLOGRAPH_NEO4J_STATE || STATE);
const HOME = path.join(INSTANCE, 'home');
const PID_FILE = path.join(INSTANCE, 'neo4j.pid');
const LOG_FILE = path.join(INSTANCE, 'neo4j.log');

const REQUESTED_PORT = Number(process.env.NEO4J_PORT ?? 7687);
const PASSWORD = process.env.NEO4J_PASSWORD || 'diplograph';
const AUTH_DISABLED = (process.env.NEO4J_AUTH ?? '').toLowerCase() === 'none';
const START_TIMEOUT_MS = Number(process.env.NEO4J_START_TIMEOUT ?? 180) * 1000;
const STOP_TIMEOUT_MS = 60_000;
const HEAP = process.env.NEO4J_HEAP ?? '1g';

class UsageError extends Error {}

/** Resolves the jars once per pom.xml content: the stamp file holds the pom's hash. */
function deps() {
  const pom = path.join(TOOLS, 'pom.xml');
  const hash = createHash('sha1').update(fs.readFileSync(pom)).digest('hex');
  const stamp = path.join(LIB, '.pom-sha1');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash) return;
  need('mvn', ['-v']);
  console.log('neo4j: resolving jars with Maven (first run only)...');
  // A changed pom may drop jars: start from an empty folder so two versions never share the classpath.
  fs.rmSync(LIB, { recursive: true, force: true });
  fs.mkdirSync(LIB, { recursive: true });
  run('mvn', [
    '-B',
    '-q',
    '-Dstyle.color=never',
    '-f',
    pom,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${LIB}`,
    '-DincludeScope=runtime',
  ]);
  fs.writeFileSync(stamp, `${hash}\n`);
}

function compile() {
  const source = path.join(TOOLS, 'Launcher.java');
  const target = path.join(CLASSES, 'Launcher.class');
  if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(source).mtimeMs) return;
  need('javac', ['-version']);
  fs.mkdirSync(CLASSES, { recursive: true });
  run('javac', ['-d', CLASSES, '-cp', path.join(LIB, '*'), source]);
}

/**
 * The running launcher of this instance as recorded at start ({pid, port}), or null. The port comes from the pid file,
 * never from the environment: `status` must name the port the server really listens on.
 * A stale pid file, or a pid now used by another program, is removed.
 */
function running() {
  if (!fs.existsSync(PID_FILE)) return null;
  const record = parseRecord(fs.readFileSync(PID_FILE, 'utf8'));
  let ours;
  try {
    process.kill(record.pid, 0);
    const cmdline = fs.readFileSync(`/proc/${record.pid}/cmdline`, 'utf8');
    ours = cmdline.includes('Launcher') && cmdline.includes(HOME);
  } catch {
    ours = false;
  }
  if (!ours) fs.rmSync(PID_FILE, { force: true });
  return ours ? record : null;
}

/** `{"pid":…,"port":…}`; an older file holds the pid alone, started on the default port. */
function parseRecord(text) {
  try {
    const { pid, port } = JSON.parse(text);
    return { pid: Number(pid), port: Number(port) };
  } catch {
    return { pid: Number(text.trim()), port: 7687 };
  }
}

async function boltAnswers(port) {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', PASSWORD), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return { ok: true, error: null };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    await driver.close();
  }
}

async function start() {
  const existing = running();
  if (existing !== null) {
    const note =
      existing.port === REQUESTED_PORT ? '' : ` (not on ${REQUESTED_PORT}: stop it first to change the port)`;
    console.log(`neo4j: already running (pid ${existing.pid}) on bolt://127.0.0.1:${existing.port}${note}`);
    return;
  }
  deps();
  compile();
  need('java', ['-version']);
  fs.mkdirSync(HOME, { recursive: true });
  const began = Date.now();
  const log = fs.openSync(LOG_FILE, 'w');
  const child = spawn(
    'java',
    [
      `-Xmx${HEAP}`,
      '-Xss2m',
      '-XX:+UseSerialGC',
      '-cp',
      `${CLASSES}${path.delimiter}${path.join(LIB, '*')}`,
      'Launcher',
      HOME,
      String(REQUESTED_PORT),
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', log, log], env: { ...process.env, NEO4J_PASSWORD: PASSWORD } },
  );
  fs.closeSync(log);
  fs.writeFileSync(PID_FILE, `${JSON.stringify({ pid: child.pid, port: REQUESTED_PORT })}\n`);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? code));
  child.unref();

  let last = 'no answer yet';
  while (Date.now() - began < START_TIMEOUT_MS) {
    if (exited !== null) fail(`the launcher exited (${exited}) before Bolt answered`);
    // The launcher sets the password right after Bolt opens: only trust Bolt once it says it is ready.
    if (fs.readFileSync(LOG_FILE, 'utf8').includes('diplograph-neo4j: ready')) {
      const probe = await boltAnswers(REQUESTED_PORT);
      if (probe.ok) {
        console.log(
          `neo4j: ready on bolt://127.0.0.1:${REQUESTED_PORT} (pid ${child.pid}, ${((Date.now() - began) / 1000).toFixed(1)} s)`,
        );
        return;
      }
      last = probe.error ?? last;
    }
    await sleep(500);
  }
  fail(
    `Bolt did not answer within ${START_TIMEOUT_MS / 1000} s (last error: ${last}); the launcher is left running as pid ${child.pid}`,
  );
}

async function stop() {
  const record = running();
  if (record === null) {
    console.log('neo4j: not running');
    return;
  }
  const { pid } = record;
  process.kill(pid, 'SIGTERM');
  const began = Date.now();
  while (Date.now() - began < STOP_TIMEOUT_MS) {
    if (!alive(pid)) {
      fs.rmSync(PID_FILE, { force: true });
      console.log(`neo4j: stopped (pid ${pid}, ${((Date.now() - began) / 1000).toFixed(1)} s)`);
      return;
    }
    await sleep(250);
  }
  // A clean shutdown flushes the store; only a hung JVM gets here.
  process.kill(pid, 'SIGKILL');
  fs.rmSync(PID_FILE, { force: true });
  console.error(`neo4j: pid ${pid} ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000} s and was killed`);
}

async function status() {
  const record = running();
  if (record === null) {
    console.log('neo4j: stopped');
    return 3;
  }
  const { pid, port } = record;
  const probe = await boltAnswers(port);
  console.log(
    `neo4j: running (pid ${pid}) on bolt://127.0.0.1:${port}; Bolt ${probe.ok ? 'answers' : `does not answer: ${probe.error}`}`,
  );
  console.log(
    `neo4j: auth ${AUTH_DISABLED ? 'disabled' : 'neo4j / $NEO4J_PASSWORD (default "diplograph")'}; data ${HOME}; log ${LOG_FILE}`,
  );
  return probe.ok ? 0 : 1;
}

function need(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error) throw new UsageError(`neo4j: "${cmd}" is not installed (Java 17 and Maven 3.8+ are needed)`);
}

/** Maven 3.8 prints colour resets even with -B and -Dstyle.color=never: its output is passed on without them. */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT, encoding: 'utf8' });
  process.stdout.write(withoutAnsi(r.stdout ?? ''));
  process.stderr.write(withoutAnsi(r.stderr ?? ''));
  if (r.status !== 0) fail(`${cmd} ${args.slice(0, 4).join(' ')} ... failed with status ${r.status}`);
}

function withoutAnsi(text) {
  return text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g'), '');
}

function fail(message) {
  const tail = fs.existsSync(LOG_FILE)
    ? fs.readFileSync(LOG_FILE, 'utf8').split('\n').slice(-40).join('\n')
    : '(no log)';
  console.error(`neo4j: ${message}\n---- last lines of ${LOG_FILE} ----\n${tail}`);
  process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const commands = {
  start: async () => (await start(), 0),
  stop: async () => (await stop(), 0),
  status,
  deps: async () => (deps(), compile(), 0),
  log: async () => (process.stdout.write(fs.existsSync(LOG_FILE) ? fs.readFileSync(LOG_FILE, 'utf8') : ''), 0),
};

const command = process.argv[2];
try {
  if (!command || !(command in commands)) throw new UsageError('usage: npm run neo4j -- start|stop|status|deps|log');
  process.exitCode = await commands[command]();
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(e.message);
  process.exitCode = 2;
}
