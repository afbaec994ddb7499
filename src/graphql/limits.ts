// Guards run once an operation is resolved, before anything touches the store: mutations need the API token; the
// query's size with fragments expanded is counted in linear time before any rule walks those expansions; and a query
// may not nest deeper than maxDepth nor cost more than maxComplexity (lists count `first` items, at least one, or
// 10, plus a fixed cost for the read itself).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNullableType,
  isListType,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiContext } from './context.js';

export interface Limits {
  maxDepth: number;
  maxComplexity: number;
}

/** What an unpaged list is assumed to hold when scoring a query. */
export const ASSUMED_LIST_SIZE = 10;

/** The parser gives up past this many tokens, before any rule reads the document (Apollo's `parseOptions`). */
export const MAX_TOKENS = 10_000;

/** A query may select at most this many fields once every fragment spread is expanded. */
export const MAX_FIELDS = 10_000;

/** What one store read costs on top of its items: a list (`first: 0` still reads) or any top-level field. */
export const READ_COST = ASSUMED_LIST_SIZE;

/** Introspection (`__schema`, `__type`, `__typename` and below) never reaches the store: IDEs must get it free. */
const isIntrospection = (name: string): boolean => name.startsWith('__');

/**
 * Each field costs 1; a list field multiplies what it selects by `first` (at least 1), or by ASSUMED_LIST_SIZE.
 * Lists and top-level fields are reads and cost READ_COST more: aliases of `counts` or `statements(first: 0)` add up.
 */
export const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isIntrospection(field.name) || isIntrospection(type.name)) return 0;
  const read = type.name === 'Query' ? READ_COST : 0;
  if (!isListType(getNullableType(field.type))) return read + 1 + childComplexity;
  const first: unknown = args.first;
  const size = typeof first === 'number' && first >= 0 ? Math.max(first, 1) : ASSUMED_LIST_SIZE;
  return READ_COST + size * (1 + childComplexity);
};

export interface DocumentSize {
  /** Field selections (aliases included) with every fragment spread expanded, over all operations. */
  fields: number;
  /** `__schema` selections, likewise: each answers with the whole schema. */
  schemas: number;
}

/**
 * Counts the document's fields with fragments expanded, in time linear in its length: each fragment is counted once
 * and its count reused, so a spread repeated twice at each of 30 levels costs 30 steps, not 2^30. A fragment cycle
 * counts as empty here; validation refuses it. Counts may reach Infinity, which any bound refuses.
 */
export function documentSize(document: DocumentNode): DocumentSize {
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  const memo = new Map<string, DocumentSize>();
  const visiting = new Set<string>();
  const ofSet = (set: SelectionSetNode | undefined): DocumentSize => {
    const total = { fields: 0, schemas: 0 };
    for (const sel of set?.selections ?? []) {
      let part: DocumentSize;
      if (sel.kind === Kind.FIELD) {
        const inner = ofSet(sel.selectionSet);
        part = { fields: 1 + inner.fields, schemas: (sel.name.value === '__schema' ? 1 : 0) + inner.schemas };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) part = ofSet(sel.selectionSet);
      else part = ofFragment(sel.name.value);
      total.fields += part.fields;
      total.schemas += part.schemas;
    }
    return total;
  };
  const ofFragment = (name: string): DocumentSize => {
    const known = memo.get(name);
    if (known) return known;
    if (visiting.has(name)) return { fields: 0, schemas: 0 };
    visiting.add(name);
    const size = ofSet(fragments.get(name));
    visiting.delete(name);
    memo.set(name, size);
    return size;
  };
  const total = { fields: 0, schemas: 0 };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const size = ofSet(d.selectionSet);
    total.fields += size.fields;
    total.schemas += size.schemas;
  }
  return total;
}

/** Why the document is too large to validate or walk, or null when it is not. */
export function checkSize(document: DocumentNode): GraphQLError | null {
  const size = documentSize(document);
  if (size.fields > MAX_FIELDS) {
    const fields = Number.isFinite(size.fields) && size.fields < 1e15 ? String(size.fields) : 'too many';
    return refuse(
      `Query is too large: it selects ${fields} fields once fragments are expanded, the maximum is ${MAX_FIELDS}` +
        ' (select fewer fields, or spread fragments fewer times).',
      'QUERY_TOO_COMPLEX',
      400,
      { limit: 'fields', maximum: MAX_FIELDS },
    );
  }
  if (size.schemas > 1) {
    return refuse(
      `Query asks for the schema ${size.schemas} times: select \`__schema\` once per request.`,
      'QUERY_TOO_COMPLEX',
      400,
      { limit: 'introspection', maximum: 1 },
    );
  }
  return null;
}

/**
 * The size check of a query's text, for the HTTP layer to run before Apollo's own validation: GraphQL's rules all
 * walk every field, which costs 40-170 ms of CPU for 300 aliased `__schema` while the server answers nothing else
 * (/healthz included). Only a text that spreads fragments or names `__schema` twice can fail checkSize without
 * passing the parser's token bound, so any other text is let through unparsed; one that does not parse is left to
 * Apollo to report.
 */
export function checkSizeOfText(source: string): GraphQLError | null {
  const schemas = source.split('__schema').length - 1;
  if (!source.includes('...') && schemas < 2) return null;
  let document: DocumentNode;
  try {
    document = parse(source, { maxLexicalTokens: MAX_TOKENS });
  } catch {
    return null;
  }
  return checkSize(document);
}

/** The deepest nesting of the document's operations, or an error message when it passes `max`. */
export function checkDepth(schema: GraphQLSchema, document: DocumentNode, max: number): string | null {
  // graphql-depth-limit skips introspection fields (`__schema` ...) itself, so IDEs are never refused.
  const errors = validate(schema, document, [depthLimit(max)]);
  const first = errors[0];
  // The library names the operation in quotes, which are empty for an anonymous query (`'' exceeds ...`).
  return first
    ? first.message.replace(/^'(.*?)' exceeds/, (_, name: string) =>
        name ? `operation "${name}" exceeds` : 'the query exceeds',
      )
    : null;
}

export function scoreComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  // Bad variables make scoring impossible; execution reports them to the client with BAD_USER_INPUT.
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || d.name?.value === operationName),
  );
  if (operation?.kind === Kind.OPERATION_DEFINITION) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
    if (coerced.errors) return null;
  }
  // Any other failure to score fails closed (the caller refuses): a query that cannot be scored does not run.
  // checkSize has bounded the fields already; the library's own node bound sits above it (it counts spreads too).
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [listEstimator],
    maxQueryNodes: 4 * MAX_FIELDS,
  });
}

function refuse(message: string, code: string, status: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status } } });
}

/** Why an operation may not run (a fresh error each time: Apollo may annotate what it is given), or null. */
type Verdict = (() => GraphQLError) | null;

/** The depth, size and complexity checks of one operation with its variables; pure in its inputs. */
function judge(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: Limits,
): Verdict {
  // First: the depth and complexity rules walk every fragment expansion (2^30 for 30 doubling levels).
  // GraphQL's own validation does not expand spreads; the parser's token bound (server.ts) bounds it.
  const tooLarge = checkSize(document);
  if (tooLarge) return () => checkSize(document) ?? tooLarge;
  const tooDeep = checkDepth(schema, document, limits.maxDepth);
  if (tooDeep !== null) {
    return () =>
      refuse(
        `Query is too deep: ${tooDeep} (select fewer nested levels, or raise DIPLOGRAPH_MAX_DEPTH).`,
        'QUERY_TOO_COMPLEX',
        400,
        { limit: 'depth', maximum: limits.maxDepth },
      );
  }
  let cost: number | null;
  try {
    cost = scoreComplexity(schema, document, variables, operationName);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return () =>
      refuse(`Query cannot be scored (${why}), so it is not run.`, 'QUERY_TOO_COMPLEX', 400, {
        limit: 'complexity',
        maximum: limits.maxComplexity,
      });
  }
  if (cost !== null && cost > limits.maxComplexity) {
    const score = cost;
    return () =>
      refuse(
        `Query is too complex: it scores ${score}, the maximum is ${limits.maxComplexity}` +
          ` (lists count \`first\` items or ${ASSUMED_LIST_SIZE}: pass a smaller \`first\`, select fewer fields,` +
          ` or raise DIPLOGRAPH_MAX_COMPLEXITY).`,
        'QUERY_TOO_COMPLEX',
        400,
        { limit: 'complexity', maximum: limits.maxComplexity, complexity: score },
      );
  }
  return null;
}

/** Verdicts kept per variable set of one document: a client that sends ever new variables cannot grow it past this. */
const VERDICTS_PER_DOCUMENT = 64;

/**
 * The checks walk the whole document three times; a server sees the same few query strings again and again, and
 * Apollo's document cache hands back the same parsed document for the same string, so each verdict is kept with
 * its document (weakly: it goes when Apollo's cache drops the document) and its variables.
 */
function cachedJudge(limits: Limits): typeof judge {
  const verdicts = new WeakMap<DocumentNode, Map<string, Verdict>>();
  return (schema, document, variables, operationName) => {
    const key = JSON.stringify([operationName ?? null, variables ?? null]);
    let known = verdicts.get(document);
    if (known === undefined) {
      known = new Map();
      verdicts.set(document, known);
    }
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found ?? null;
    const verdict = judge(schema, document, variables, operationName, limits);
    if (known.size >= VERDICTS_PER_DOCUMENT) known.clear();
    known.set(key, verdict);
    return verdict;
  };
}

export function limitsPlugin(limits: Limits): ApolloServerPlugin<ApiContext> {
  const verdictOf = cachedJudge(limits);
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && !contextValue.authorized) {
            throw refuse('Mutations need the API token: send "Authorization: Bearer <token>".', 'UNAUTHENTICATED', 401);
          }
          const verdict = verdictOf(schema, document, request.variables, request.operationName, limits);
          if (verdict !== null) throw verdict();
          return Promise.resolve();
        },
      });
    },
  };
}
