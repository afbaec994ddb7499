// The one exit point for GraphQL errors: every error leaves with extensions.code and a message fit for a
// client. AppErrors are mapped by code; anything unexpected becomes INTERNAL_SERVER_ERROR with no stack trace,
// SQL or Cypher (those go to the operator's log, not the response).
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { assertNever, isAppError, type AppError } from '../errors.js';

/** Codes whose messages GraphQL or our own guards wrote for clients: passed through as they are. */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
]);
/** Extensions a client may see besides the code. */
const SAFE_EXTENSIONS = ['limit', 'maximum', 'complexity', 'reason', 'retriable'];

interface View {
  code: string;
  message: string;
  extra?: Record<string, unknown>;
}

function viewOf(e: AppError): View {
  switch (e.code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'QUERY_TOO_COMPLEX':
      return { code: e.code, message: e.message };
    case 'INVALID_ARTICLE':
      return { code: 'BAD_USER_INPUT', message: e.message, extra: { reason: 'INVALID_ARTICLE' } };
    case 'STORE_UNAVAILABLE':
      return { code: e.code, message: 'The graph store is unavailable; retry later.', extra: { retriable: true } };
    case 'STORE_CONFLICT':
      return { code: e.code, message: 'A concurrent write conflicted; retry.', extra: { retriable: true } };
    case 'SERVER_BUSY':
      // Our own words (extract.ts): what was refused or lost, and that nothing was stored.
      return { code: e.code, message: e.message, extra: { retriable: true } };
    case 'STORE_FAILURE':
    case 'CONFIG':
    case 'INVALID_KNOWLEDGE':
    case 'INTERNAL':
      return { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' };
    default:
      return assertNever(e.code);
  }
}

export type ErrorLog = (message: string) => void;

export function createFormatError(log: ErrorLog) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    let view: View;
    if (isAppError(original)) {
      view = viewOf(original);
    } else {
      const code = formatted.extensions?.code;
      view =
        typeof code === 'string' && CLIENT_CODES.has(code)
          ? { code, message: formatted.message }
          : { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' };
    }
    if (view.code === 'INTERNAL_SERVER_ERROR') {
      const detail = original instanceof Error ? `${original.name}: ${original.message}` : String(original);
      log(`[graphql] ${formatted.path ? formatted.path.join('.') + ': ' : ''}${detail}`);
    }
    const extensions: Record<string, unknown> = { code: view.code };
    for (const key of SAFE_EXTENSIONS) {
      const v = formatted.extensions?.[key];
      if (v !== undefined) extensions[key] = v;
    }
    Object.assign(extensions, view.extra);
    return {
      message: view.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions,
    };
  };
}
