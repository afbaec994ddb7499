// The contract's Date scalar: an ISO 8601 calendar date carried as the string "2023-06-21", never a JS Date,
// so that no time zone can shift a day between the store and the client.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be an ISO calendar date like "2023-06-21", got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO 8601 calendar date, "2023-06-21"',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    // Stores may hand back a full timestamp; the API only ever speaks in days.
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string like "2023-06-21"', { nodes: ast });
    return parse(ast.value);
  },
});
