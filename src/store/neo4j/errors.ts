// Translation of Neo4j driver and server errors into AppError: the adapter's boundary, nothing else leaks out.
// Unreachable or unauthorized → STORE_UNAVAILABLE; transient (locks, deadlocks) → STORE_CONFLICT; else STORE_FAILURE.
import { AppError } from '../../errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function translate(e: unknown, doing: string): AppError {
  if (e instanceof AppError) return e;
  const code = codeOf(e);
  const message = `${doing}: ${messageOf(e)}`;
  if (UNAVAILABLE_CODES.has(code)) {
    const hint = code.includes('Security') ? ' (check NEO4J_USERNAME / NEO4J_PASSWORD)' : '';
    return new AppError('STORE_UNAVAILABLE', `Neo4j is not available, ${message}${hint}`, { cause: e });
  }
  // The driver already retried these for its whole retry window: what is left is a conflict the caller may retry.
  if (code.startsWith('Neo.TransientError.')) {
    return new AppError('STORE_CONFLICT', `Neo4j conflict, ${message}`, { cause: e });
  }
  // A uniqueness violation means the data broke a merge key, as a SQLite constraint does in the embedded store.
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('BAD_USER_INPUT', message, { cause: e });
  }
  return new AppError('STORE_FAILURE', `Neo4j failure, ${message}`, { cause: e });
}
