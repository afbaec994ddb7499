// The `diplograph` command line (contract: ../shared/contract/CLI.md): parses argv with commander and maps every
// outcome to an exit status. Errors are printed once, here, as `error: <message>`; stacks only with DIPLOGRAPH_DEBUG=1.
import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { debugEnabled } from './config.js';
import {
  evalCommand,
  exportCommand,
  queryCommand,
  serveCommand,
  type EvalFlags,
  type ExportFlags,
  type QueryFlags,
  type ServeFlags,
} from './cli/commands.js';
import { ingestCommand, type IngestFlags } from './cli/ingest.js';
import { EXIT, processIo, type Io } from './cli/io.js';
import { isAppError } from './errors.js';
import { EXPORT_FORMATS } from './export.js';

const STORE_HELP = `
Store: the embedded store in ./data, or --data DIR / DIPLOGRAPH_DATA; Neo4j with --neo4j URI / NEO4J_URI
(NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).`;

const EXIT_HELP = `
Exit status: 0 all handled (duplicates included), 1 some input rejected (the rest is ingested),
2 usage error (unknown command or flag, a path that does not exist), 3 could not complete (store unreachable),
130 interrupted.`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return reportError(e, io);
  }
}

function buildProgram(io: Io, exit: (code: number) => void): Command {
  const program = new Command('diplograph')
    .description('A diplomatic event knowledge graph: multilingual news in, actors, meetings and statements out.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .allowExcessArguments(false)
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', STORE_HELP + EXIT_HELP);
  const storeFlags = (c: Command): Command =>
    c
      .option('--data <dir>', 'folder of the embedded store (default ./data)')
      .option('--neo4j <uri>', 'use Neo4j at this URI');

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
      .option('--verbose', 'also list duplicates and extraction warnings on stderr'),
  ).action(async (paths: string[], flags: IngestFlags) => {
    exit(await ingestCommand(paths, flags, io));
  });

  storeFlags(
    program
      .command('query')
      .description('run one GraphQL operation against the store and print the JSON result (exit 1 when it has errors)')
      .argument('<graphql>', "the operation, e.g. '{ series { id meetings { round } } }'")
      .option('--variables <json>', 'variables as a JSON object'),
  ).action(async (source: string, flags: QueryFlags) => {
    exit(await queryCommand(source, flags, io));
  });

  storeFlags(
    program
      .command('serve')
      .description('serve the GraphQL API at /graphql and the analyst page at /')
      .option('--port <port>', 'port (default 4000, or DIPLOGRAPH_PORT)')
      .option('--host <host>', 'interface (default 127.0.0.1, or DIPLOGRAPH_HOST)'),
  ).action(async (flags: ServeFlags) => {
    exit(await serveCommand(flags, io));
  });

  storeFlags(
    program
      .command('export')
      .description('write the whole graph to stdout')
      .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory()),
  ).action(async (flags: ExportFlags) => {
    exit(await exportCommand(flags, io));
  });

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

  return program;
}

function reportError(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    // Commander has already printed its message (or the help / version that was asked for).
    return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr.write(`error: ${message}\n`);
  if (debugEnabled() && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
  if (isAppError(e) && (e.code === 'CONFIG' || e.code === 'BAD_USER_INPUT')) return EXIT.USAGE;
  return EXIT.FAILED;
}
