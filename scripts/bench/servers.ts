// Starts the servers the benchmark measures as child processes, waits until they answer, and reads their peak
// resident memory (VmHWM) from /proc before stopping them.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { post } from './load.js';

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
}

export interface ServerSpec {
  name: string;
  /** Script and arguments after `node`. */
  argv: string[];
  env: NodeJS.ProcessEnv;
  url: string;
}

/**
 * Every server runs as deployed, in production mode: graphql-js (under both APIs) skips its development checks
 * there. `diplograph serve` sets it itself; an older build or the peer would not, and would pay for checks the other
 * side skips.
 */
const PRODUCTION: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

/** Our server from a built checkout (`root`): serve on `port`, over Neo4j (uri) or an embedded data folder. */
export function ours(
  name: string,
  root: string,
  port: number,
  store: { neo4j: string } | { data: string },
): ServerSpec {
  const argv = [path.join(root, 'bin', 'diplograph.js'), 'serve', '--port', String(port)];
  if ('data' in store) argv.push('--data', store.data);
  else argv.push('--neo4j', store.neo4j);
  // The nested query's estimated complexity passes 5,000; the peer has no such limit, so neither has it here.
  const env = { ...PRODUCTION, DIPLOGRAPH_MAX_COMPLEXITY: '100000000', DIPLOGRAPH_MAX_DEPTH: '20' };
  return { name, argv, env, url: `http://127.0.0.1:${port}/graphql` };
}

export function peer(root: string, port: number, neo4jUri: string): ServerSpec {
  const argv = [path.join(root, 'scripts', 'bench', 'peer.mjs'), String(port)];
  return {
    name: '@neo4j/graphql',
    argv,
    env: { ...PRODUCTION, NEO4J_URI: neo4jUri },
    url: `http://127.0.0.1:${port}/`,
  };
}

export async function start(spec: ServerSpec): Promise<Server> {
  const child = spawn(process.execPath, spec.argv, { env: spec.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
  const agent = new http.Agent({ keepAlive: false });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited ${child.exitCode}: ${stderr}`);
    try {
      await post(agent, new URL(spec.url), '{ __typename }');
      return { name: spec.name, url: spec.url, child };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${spec.name} did not answer within 60 s: ${stderr}`);
}

/**
 * CPU milliseconds (user + system) a process has used so far, from /proc (Linux); null when unreadable. On a shared
 * machine this is the figure that does not swing with the load: wall time counts the waits for a core.
 */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 per second).
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** Peak resident set of the process so far, in MB (Linux /proc). */
export function peakRssMb(server: Server): number | null {
  try {
    const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

export async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
