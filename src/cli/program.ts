// The commander definition of `diplograph`: the root program and one named part per command, in the order `--help`
// lists them. Each action hands its exit status to `exit`; parsing and error reporting stay in cli.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import {
  evalCommand,
  exportCommand,
  importCommand,
  queryCommand,
  serveCommand,
  type EvalFlags,
  type ExportFlags,
  type ImportFlags,
  type QueryFlags,
  type ServeFlags,
} from './commands.js';
import { ingestCommand, type IngestFlags } from './ingest.js';
import type { Io } from './io.js';
import { EXPORT_FORMATS } from '../export.js';

const STORE_HELP = `
Store: the embedded store in ./data, or --data DIR / DIPLOGRAPH_DATA; Neo4j with --neo4j URI / NEO4J_URI
(NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).`;

const EXIT_HELP = `
Exit status: 0 all handled (duplicates included), 1 some input rejected (the rest is ingested),
2 usage error (unknown command or flag, a path that does not exist), 3 could not complete (store unreachable),
130 interrupted (SIGINT or SIGTERM: ingest commits what it had extracted and reports the articles it did not store;
a second signal ends it at once, losing nothing committed).`;

/** What a command's part needs: the program to add to, the streams, and where to put the exit status. */
interface Parts {
  program: Command;
  io: Io;
  exit: (code: number) => void;
}

/** The program with every command, in the order of the contract (../shared/contract/CLI.md). */
export function buildProgram(io: Io, exit: (code: number) => void): Command {
  const parts: Parts = { program: rootProgram(io), io, exit };
  for (const add of [ingestPart, importPart, queryPart, servePart, exportPart, evalPart]) add(parts);
  return parts.program;
}

function rootProgram(io: Io): Command {
  return new Command('diplograph')
    .description('A diplomatic event knowledge graph: multilingual news in, actors, meetings and statements out.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .allowExcessArguments(false)
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', STORE_HELP + EXIT_HELP);
}

/** The flags that choose the store, shared by every command that opens one. */
function storeFlags(c: Command): Command {
  return c
    .option('--data <dir>', 'folder of the embedded store (default ./data)')
    .option('--neo4j <uri>', 'use Neo4j at this URI');
}

function ingestPart({ program, io, exit }: Parts): void {
  storeFlags(
    program
      .command('ingest')
      .description('ingest articles: .json (one object), .jsonl (one per line), .txt, .html/.htm, or folders of them')
      .argument('<path...>', 'files or folders (folders are read recursively, in sorted order)')
      .option('--published-at <date>', 'publication date (YYYY-MM-DD) for .txt files; overrides an .html page')
      .option('--url <url>', 'URL of a .txt/.html article')
      .option('--title <title>', 'title of a .txt/.html article')
      .option('--source <name>', 'source (outlet) of a .txt/.html article')
      .option('--language <code>', 'language code of a .txt/.html article (detected when absent)')
      .option('--json', 'print the summary as JSON, with the rejections and duplicates listed')
      .option('--verbose', 'also list duplicates and extraction warnings on stderr')
      .option('--batch <n>', 'articles per transaction (default 1,000; a batch also closes at 25,000 rows)')
      .option(
        '--workers <n>',
        'extraction threads (default: one per CPU core but one, at least 1, at most 4; or DIPLOGRAPH_WORKERS)',
      ),
  ).action(async (paths: string[], flags: IngestFlags) => {
    exit(await ingestCommand(paths, flags, io));
  });
}

function importPart({ program, io, exit }: Parts): void {
  storeFlags(
    program
      .command('import')
      .description('load a `export --format jsonl` file back into the store (into an empty one, it rebuilds the graph)')
      .argument('<file>', 'the .jsonl export')
      .option('--json', 'print the summary as JSON'),
  ).action(async (file: string, flags: ImportFlags) => {
    exit(await importCommand(file, flags, io));
  });
}

function queryPart({ program, io, exit }: Parts): void {
  storeFlags(
    program
      .command('query')
      .description('run one GraphQL operation against the store and print the JSON result (exit 1 when it has errors)')
      .argument('<graphql>', "the operation, e.g. '{ series { id meetings { round } } }'")
      .option('--variables <json>', 'variables as a JSON object'),
  ).action(async (source: string, flags: QueryFlags) => {
    exit(await queryCommand(source, flags, io));
  });
}

function servePart({ program, io, exit }: Parts): void {
  storeFlags(
    program
      .command('serve')
      .description('serve the GraphQL API at /graphql and the analyst page at /')
      .option('--port <port>', 'port (default 4000, or DIPLOGRAPH_PORT)')
      .option('--host <host>', 'interface (default 127.0.0.1, or DIPLOGRAPH_HOST)'),
  ).action(async (flags: ServeFlags) => {
    exit(await serveCommand(flags, io));
  });
}

function exportPart({ program, io, exit }: Parts): void {
  storeFlags(
    program
      .command('export')
      .description('write the whole graph to stdout')
      .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory()),
  ).action(async (flags: ExportFlags) => {
    exit(await exportCommand(flags, io));
  });
}

/** eval opens fresh temporary stores of its own: no store flags. */
function evalPart({ program, exit }: Parts): void {
  program
    .command('eval')
    .description('ingest annotated corpora into a fresh store and score the graph against their gold')
    .option(
      '--corpus <dir>',
      'a corpus folder (articles.jsonl + gold.jsonl); repeatable',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--series <id>', 'the series scored (default: the first in seed/gazetteer/series.json)')
    .option('--json', 'print the scores as JSON')
    .action(async (flags: EvalFlags) => {
      exit(await evalCommand(flags));
    });
}

/** The version in package.json (read at run time: dist/ and src/ sit at the same depth under the package root). */
function packageVersion(): string {
  const file = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
