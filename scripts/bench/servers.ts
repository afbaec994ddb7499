// Starts the servers the benchmark measures as child processes, waits until they answer, and reads their peak
// resident memory (VmHWM) from /proc before stopping them.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/** Fields of /proc/PID/stat after the command name, or null when the process is gone (Linux). */
function statFields(pid: number): string[] | null {
  try {
    return (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  } catch {
    return null;
  }
}

/** The process and every live descendant: `serve` runs GraphQL and extraction in child processes of their own. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
        const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(' ').map(Number));
      }
    } catch {
      // Gone between the listing and the read: nothing of it to count.
    }
  }
  return tree;
}

/**
 * CPU milliseconds (user + system) a process and its descendants have used so far, from /proc (Linux; children it
 * has reaped are counted through its own cumulative fields); null when unreadable. On a shared machine this is the
 * figure that does not swing with the load: wall time counts the waits for a core.
 */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  const own = statFields(pid);
  if (!own) return null;
  // utime, stime, cutime, cstime are the 12th to 15th fields after the name, in clock ticks (100 per second).
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const child of processTree(pid).slice(1)) {
    const fields = statFields(child);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return Number.isFinite(ticks) ? ticks * 10 : null;
}

/**
 * Peak resident set of the server and its descendants so far, in MB (Linux /proc): the sum of each process's own
 * peak, an upper bound of the peak of their sum.
 */
export function peakRssMb(server: Server): number | null {
  if (server.child.pid === undefined) return null;
  let kb = 0;
  for (const pid of processTree(server.child.pid)) {
    try {
      kb += Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      if (pid === server.child.pid) return null;
    }
  }
  return kb / 1024;
}

export async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
