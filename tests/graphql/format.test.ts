// The one formatError: AppError codes mapped for clients, foreign errors hidden, nothing but code and safe
// extensions sent; the hidden detail goes to the operator's log.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, type ErrorCode } from '../../src/errors.js';
import { createFormatError } from '../../src/graphql/format.js';

const CLIENT_CODE: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INVALID_ARTICLE: 'BAD_USER_INPUT',
  INVALID_KNOWLEDGE: 'INTERNAL_SERVER_ERROR',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFIG: 'INTERNAL_SERVER_ERROR',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  STORE_CONFLICT: 'STORE_CONFLICT',
  STORE_FAILURE: 'INTERNAL_SERVER_ERROR',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  SERVER_BUSY: 'SERVER_BUSY',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

function run(error: unknown, formatted: Record<string, unknown> = {}) {
  const logged: string[] = [];
  const format = createFormatError((m) => logged.push(m));
  const out = format(
    { message: 'raw message', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] }, ...formatted },
    error,
  );
  return { out, logged };
}

describe('formatError', () => {
  it.each(ERROR_CODES.map((c) => [c, CLIENT_CODE[c]] as const))('maps AppError %s to %s', (code, expected) => {
    const { out } = run(new AppError(code, `MATCH (n) DETACH DELETE n -- ${code}`));
    expect(out.extensions?.code).toBe(expected);
    expect(out.extensions).not.toHaveProperty('stacktrace');
    // Store and internal failures may quote Cypher or SQL: their messages never reach the client.
    if (expected === 'INTERNAL_SERVER_ERROR' || code.startsWith('STORE_')) expect(out.message).not.toMatch(/MATCH/);
    else expect(out.message).toContain(code);
  });

  it('hides a foreign error (an SQLite error) behind INTERNAL_SERVER_ERROR and logs it', () => {
    const sqlite = Object.assign(new Error('SQLITE_ERROR: no such table: meetings (SELECT * FROM meetings)'), {
      name: 'SqliteError',
    });
    const { out, logged } = run(sqlite, { path: ['meetings'] });
    expect(out).toEqual({
      message: 'Internal server error.',
      path: ['meetings'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([
      '[graphql] meetings: SqliteError: SQLITE_ERROR: no such table: meetings (SELECT * FROM meetings)',
    ]);
  });

  it('passes GraphQL client errors through with their code and safe extensions only', () => {
    const error = new GraphQLError('Query is too deep', {
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 3 },
    });
    const { out, logged } = run(error, {
      message: 'Query is too deep',
      locations: [{ line: 1, column: 1 }],
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 3, http: { status: 400 }, stacktrace: ['x'] },
    });
    expect(out).toEqual({
      message: 'Query is too deep',
      locations: [{ line: 1, column: 1 }],
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 3 },
    });
    expect(logged).toEqual([]);
  });
});
