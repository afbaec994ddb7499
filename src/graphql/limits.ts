// Guards run once an operation is resolved, before anything touches the store: mutations need the API token,
// and a query may not nest deeper than maxDepth nor cost more than maxComplexity (lists count `first` or 10 items).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  OperationTypeNode,
  getNullableType,
  isListType,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiContext } from './context.js';

export interface Limits {
  maxDepth: number;
  maxComplexity: number;
}

/** What an unpaged list is assumed to hold when scoring a query. */
export const ASSUMED_LIST_SIZE = 10;

/** Introspection (`__schema`, `__type`, `__typename` and below) never reaches the store: IDEs must get it free. */
const isIntrospection = (name: string): boolean => name.startsWith('__');

/** Each field costs 1; a list field multiplies what it selects by `first`, or by ASSUMED_LIST_SIZE. */
export const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isIntrospection(field.name) || isIntrospection(type.name)) return 0;
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  const first: unknown = args.first;
  const size = typeof first === 'number' && first >= 0 ? first : ASSUMED_LIST_SIZE;
  return size * (1 + childComplexity);
};

/** The deepest nesting of the document's operations, or an error message when it passes `max`. */
export function checkDepth(schema: GraphQLSchema, document: DocumentNode, max: number): string | null {
  // graphql-depth-limit skips introspection fields (`__schema` ...) itself, so IDEs are never refused.
  const errors = validate(schema, document, [depthLimit(max)]);
  const first = errors[0];
  return first ? first.message : null;
}

export function scoreComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [listEstimator] });
  } catch {
    // Bad variables make scoring impossible; execution reports them to the client with BAD_USER_INPUT.
    return null;
  }
}

function refuse(message: string, code: string, status: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status } } });
}

export function limitsPlugin(limits: Limits): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && !contextValue.authorized) {
            throw refuse('Mutations need the API token: send "Authorization: Bearer <token>".', 'UNAUTHENTICATED', 401);
          }
          const tooDeep = checkDepth(schema, document, limits.maxDepth);
          if (tooDeep !== null) {
            throw refuse(
              `Query is too deep: ${tooDeep} (select fewer nested levels, or raise DIPLOGRAPH_MAX_DEPTH).`,
              'QUERY_TOO_COMPLEX',
              400,
              { limit: 'depth', maximum: limits.maxDepth },
            );
          }
          const cost = scoreComplexity(schema, document, request.variables, request.operationName);
          if (cost !== null && cost > limits.maxComplexity) {
            throw refuse(
              `Query is too complex: it scores ${cost}, the maximum is ${limits.maxComplexity}` +
                ` (lists count \`first\` items or ${ASSUMED_LIST_SIZE}: pass a smaller \`first\`, select fewer fields,` +
                ` or raise DIPLOGRAPH_MAX_COMPLEXITY).`,
              'QUERY_TOO_COMPLEX',
              400,
              { limit: 'complexity', maximum: limits.maxComplexity, complexity: cost },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
