// Test helper: builds the real `diplograph` binary once per test process and runs it as a child process.
// The build goes to a folder of its own per process (same tsconfig, same bin script): neither a teammate rebuilding
// dist/ nor another test run building at the same time can hand a half-written file to a test.
// node_modules resolves from there by walking up to the project root.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILDS = path.join(ROOT, 'node_modules', '.cache', 'diplograph-cli-test');
const OUT = path.join(BUILDS, String(process.pid));
export const BIN = path.join(OUT, 'bin', 'diplograph.js');
let built = false;

/** Compiles src/ with tsconfig.build.json into OUT, once per process. Type errors do not stop tsc from emitting. */
export function buildBinary(): string {
  if (built && existsSync(BIN)) return BIN;
  removeStaleBuilds();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(path.join(OUT, 'bin'), { recursive: true });
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(OUT, 'dist')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) process.stderr.write(`tsc reported errors (the build was still emitted):\n${r.stdout}`);
  cpSync(path.join(ROOT, 'bin', 'diplograph.js'), BIN);
  // Data the code reads relative to itself (lexicons, schema, page assets) is linked, not copied.
  for (const dir of ['seed', 'schema', 'web', 'package.json']) {
    if (existsSync(path.join(ROOT, dir))) symlinkSync(path.join(ROOT, dir), path.join(OUT, dir));
  }
  if (existsSync(path.join(ROOT, 'dist', 'web'))) {
    symlinkSync(path.join(ROOT, 'dist', 'web'), path.join(OUT, 'dist', 'web'));
  }
  built = true;
  return BIN;
}

/** Builds of processes that have ended (a test run that was killed cannot clean up after itself). */
function removeStaleBuilds(): void {
  if (!existsSync(BUILDS)) return;
  for (const name of readdirSync(BUILDS)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    rmSync(path.join(BUILDS, name), { recursive: true, force: true });
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
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
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
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
}
