// `diplograph eval`: ingests an annotated corpus into a fresh store and scores the graph against its gold.
export interface EvalOptions {
  corpora: string[];
  json?: boolean;
}

/** Returns the process exit code. */
export async function runEval(options: EvalOptions): Promise<number> {
  void options;
  throw new Error('runEval: not implemented yet (extraction helper)');
}
