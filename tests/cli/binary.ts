// Test helper: builds the real `diplograph` binary and runs it as a child process.
// Builds live in folders named by a hash of what goes into them (src/, tsconfigs, bin): test files and parallel test
// runs share one build of the same sources, and nobody rebuilding dist/ meanwhile can hand a test a half-written file.
// A build is made in a private folder and renamed into place, so a folder that exists is complete.
// node_modules resolves from there by walking up to the project root.
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILDS = path.join(ROOT, 'node_modules', '.cache', 'diplograph-cli-test');
const OUT = path.join(BUILDS, sourceHash());
export const BIN = path.join(OUT, 'bin', 'diplograph.js');
const STALE_MS = 2 * 60 * 60 * 1000;

/** Compiles src/ with tsconfig.build.json unless this exact source is built already. Type errors do not stop tsc. */
export function buildBinary(): string {
  if (existsSync(BIN)) return BIN;
  removeStaleBuilds();
  const tmp = path.join(BUILDS, `tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'bin'), { recursive: true });
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(tmp, 'dist')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) process.stderr.write(`tsc reported errors (the build was still emitted):\n${r.stdout}`);
  cpSync(path.join(ROOT, 'bin', 'diplograph.js'), path.join(tmp, 'bin', 'diplograph.js'));
  // Data the code reads relative to itself (lexicons, schema, page assets) is linked, not copied.
  for (const dir of ['seed', 'schema', 'web', 'package.json']) {
    if (existsSync(path.join(ROOT, dir))) symlinkSync(path.join(ROOT, dir), path.join(tmp, dir));
  }
  if (existsSync(path.join(ROOT, 'dist', 'web'))) {
    symlinkSync(path.join(ROOT, 'dist', 'web'), path.join(tmp, 'dist', 'web'));
  }
  try {
    renameSync(tmp, OUT);
  } catch {
    // Another process finished the same build first: theirs is as good as ours.
    rmSync(tmp, { recursive: true, force: true });
  }
  return BIN;
}

function sourceHash(): string {
  const hash = createHash('sha1');
  const add = (file: string): void => {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  };
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) add(full);
    }
  };
  walk(path.join(ROOT, 'src'));
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'bin/diplograph.js']) add(path.join(ROOT, f));
  return hash.digest('hex').slice(0, 16);
}

/** Builds of other sources not used for two hours, and private folders of processes that died mid-build. */
function removeStaleBuilds(): void {
  if (!existsSync(BUILDS)) return;
  for (const name of readdirSync(BUILDS)) {
    const full = path.join(BUILDS, name);
    const pid = /^tmp-(\d+)$/.exec(name)?.[1];
    const stale = pid !== undefined ? !alive(Number(pid)) : Date.now() - statSync(full).mtimeMs > STALE_MS;
    if (stale && full !== OUT) rmSync(full, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary with a clean environment (no NEO4J_URI from the shell), in `cwd` (default: the project root). */
export function runCli(args: string[], options: CliOptions = {}): Promise<Run> {
  return startCli(args, options).done;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** Starts the binary as runCli does, and hands back the process too, for tests that signal it while it runs. */
export function startCli(args: string[], options: CliOptions = {}): { child: ChildProcess; done: Promise<Run> } {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NEO4J_URI;
  delete env.DIPLOGRAPH_DATA;
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, done };
}

/**
 * The URL `serve` prints once it listens, read from the child's stdout; rejects after `ms` with `describe()` added to
 * the message (what the caller knows of the child, e.g. its stderr so far).
 */
export function servedUrl(child: ChildProcess, ms: number, describe: () => string = () => ''): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      reject(new Error(`serve printed no URL within ${ms / 1000} s${describe()}`));
    }, ms);
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(stdout);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
}
