// The CLI's read-side commands: `query`, `serve`, `export` and `eval`, each a thin wire to its module.
// Rule: no logic of their own beyond parsing flags; every store is closed on the way out.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serverConfig, storeConfig } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import { exportLines, parseJsonl, type ExportFormat } from '../export.js';
import { dumpToDeltas } from '../import.js';
import { loadSeedKnowledge } from '../seed.js';
import { scavengeOnOneThread } from '../threads.js';
import { EXIT, withStore, writeAll, type Io, type StoreFlags } from './io.js';

// The GraphQL server, the query executor and the evaluator are imported by the commands that use them: loading them
// (GraphQL, Apollo, type-graphql) cost every run of the CLI about 0.7 CPU-seconds, an ingest or --version included.

export interface QueryFlags extends StoreFlags {
  variables?: string | undefined;
}

/**
 * Prints the result as JSON; exit 1 when it carries errors, so scripts notice without parsing. The local user is
 * trusted (as with mutations): the server's depth limit applies, its complexity budget, which guards HTTP, does not.
 */
export async function queryCommand(source: string, flags: QueryFlags, io: Io): Promise<number> {
  const variables = parseVariables(flags.variables);
  const limits = { maxDepth: serverConfig().maxDepth, maxComplexity: Number.MAX_SAFE_INTEGER };
  const { executeQuery } = await import('../graphql/execute.js');
  const result = await withStore(flags, (store) => executeQuery(store, loadSeedKnowledge(), source, variables, limits));
  await writeAll(io.stdout, [`${JSON.stringify(result, null, 2)}\n`]);
  return result.errors && result.errors.length > 0 ? EXIT.REJECTED : EXIT.OK;
}

export function parseVariables(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new AppError('CONFIG', `--variables: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('CONFIG', '--variables: expected a JSON object, e.g. {"round": 20}');
  }
  return value as Record<string, unknown>;
}

export interface ServeFlags extends StoreFlags {
  port?: string | undefined;
  host?: string | undefined;
}

/** Serves until SIGINT or SIGTERM, then closes the server and the store before returning. */
export async function serveCommand(flags: ServeFlags, io: Io, stop?: Promise<void>): Promise<number> {
  const target = storeConfig({ data: flags.data, neo4j: flags.neo4j });
  const config = serverConfig({ port: flags.port, host: flags.host }, process.env, target.kind);
  // Outside production mode graphql-js follows every failed type test (several per field of every answer) with a
  // check for a second copy of itself: a quarter of the server's CPU per request on a meetings query (measured).
  // Read once when graphql loads, i.e. here, before the server's modules are imported; a set value is kept.
  process.env.NODE_ENV ??= 'production';
  // The main thread answers /healthz: a scavenge must not make it wait for helper threads that wait for a CPU.
  scavengeOnOneThread();
  const { startServer, STOPPING_MESSAGE } = await import('../http.js');
  return withStore(
    flags,
    async (store) => {
      // GraphQL runs in API threads that open the store again from its configuration (http.ts).
      const server = await startServer(store, config, loadSeedKnowledge(), target);
      io.stdout.write(
        `diplograph: GraphQL API at ${server.url}/graphql, analyst page at ${server.url}/ (${store.kind} store); Ctrl-C stops\n`,
      );
      await (stop ?? signalled());
      // Stopping does not wait for an article still being extracted: its client is told it was not stored (and may
      // send it again). A write already handed to the store completes, as one transaction, and is answered.
      const { stopExtraction } = await import('../extract.js');
      const abandoned = stopExtraction(new AppError('STORE_UNAVAILABLE', STOPPING_MESSAGE));
      await server.close();
      await abandoned;
      io.stderr.write('diplograph: stopped\n');
      return EXIT.OK;
    },
    // Writes in a thread of their own: the event loop answers /healthz and reads while an article is written.
    { writeInThread: true },
  );
}

function signalled(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

export interface ExportFlags extends StoreFlags {
  format: ExportFormat;
}

export async function exportCommand(flags: ExportFlags, io: Io): Promise<number> {
  const dump = await withStore(flags, (store) => store.dump());
  await writeAll(io.stdout, exportLines(dump, flags.format));
  return EXIT.OK;
}

export interface ImportFlags extends StoreFlags {
  json?: boolean;
}

/**
 * `import FILE`: a `--format jsonl` export written back, article by article (each all-or-nothing, as ingest writes
 * them). Articles already in the store are reported as duplicates; a record the store rejects names its article.
 */
export async function importCommand(file: string, flags: ImportFlags, io: Io): Promise<number> {
  if (!existsSync(file)) throw new AppError('BAD_USER_INPUT', `${file}: no such file`);
  let dump;
  try {
    dump = parseJsonl(readFileSync(file, 'utf8').split('\n'));
  } catch (e) {
    throw new AppError('BAD_USER_INPUT', `${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const deltas = dumpToDeltas(dump);
  const summary = { articles: deltas.length, imported: 0, duplicates: 0, rejected: [] as string[] };
  await withStore(flags, async (store) => {
    for (const delta of deltas) {
      try {
        const outcome = await store.writeArticle(delta);
        if (outcome.status === 'written') summary.imported += 1;
        else summary.duplicates += 1;
      } catch (e) {
        if (isAppError(e) && e.code !== 'BAD_USER_INPUT' && e.code !== 'INVALID_ARTICLE') throw e;
        const reason = `${file}: article ${delta.article.id}: ${e instanceof Error ? e.message : String(e)}`;
        summary.rejected.push(reason);
        io.stderr.write(`${reason}\n`);
      }
    }
  });
  io.stdout.write(
    flags.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `${summary.articles} articles in the export: ${summary.imported} imported, ${summary.duplicates} already present, ` +
          `${summary.rejected.length} rejected\n`,
  );
  return summary.rejected.length > 0 ? EXIT.REJECTED : EXIT.OK;
}

export interface EvalFlags {
  corpus: string[];
  series?: string | undefined;
  json?: boolean | undefined;
}

export async function evalCommand(flags: EvalFlags): Promise<number> {
  if (flags.corpus.length === 0) throw new AppError('CONFIG', 'eval: give at least one --corpus DIR');
  const bad = flags.corpus.filter(
    (dir) => !['articles.jsonl', 'gold.jsonl'].every((f) => existsSync(path.join(dir, f))),
  );
  if (bad.length > 0) {
    throw new AppError(
      'CONFIG',
      `--corpus: not a corpus folder (needs articles.jsonl and gold.jsonl): ${bad.join(', ')}`,
    );
  }
  const { runEval } = await import('../eval.js');
  return runEval({ corpora: flags.corpus, series: flags.series, json: flags.json === true });
}
