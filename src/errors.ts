// The project's one error type. Foreign errors (driver, SQLite, parsers) are translated into it at the boundary.

export const ERROR_CODES = [
  'BAD_USER_INPUT', // a request or an article that cannot be accepted as given
  'INVALID_ARTICLE', // an input file/line that fails validation
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFIG', // a bad environment variable or flag
  'INVALID_KNOWLEDGE', // a lexicon or gazetteer file that fails validation at load
  'STORE_UNAVAILABLE', // the database cannot be reached (retriable)
  'STORE_CONFLICT', // a transient write conflict (retriable)
  'STORE_FAILURE', // any other database failure
  'QUERY_TOO_COMPLEX',
  'SERVER_BUSY', // the server cannot take the work now (a queue full, a helper process ended): send it again (retriable)
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const RETRIABLE: ReadonlySet<ErrorCode> = new Set(['STORE_UNAVAILABLE', 'STORE_CONFLICT', 'SERVER_BUSY']);

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.retriable = RETRIABLE.has(code);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** For exhaustive switches: a compile error when a case is missed, a runtime error if data slips through. */
export function assertNever(value: never): never {
  throw new AppError('INTERNAL', `unexpected value: ${JSON.stringify(value)}`);
}
