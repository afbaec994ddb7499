// One GraphQL request over HTTP, from its body's text to the answer's status, headers and text: the same steps
// whether the server's own thread runs it or one of its API threads (api-threads.ts) does. Everything here is plain
// data in and out, so that it can cross a thread boundary.
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { ApiContext } from './context.js';
import { checkSizeOfText } from './limits.js';

export interface GraphqlHttpRequest {
  method: string;
  /** Header names in lower case, repeated headers joined with ", " (as Node reads them). */
  headers: Record<string, string>;
  /** The URL's query string, with its "?" (GET requests carry the query there). */
  search: string;
  /** The body as text, within the server's body limit. */
  body: string;
  /** Whether the request presented the API token (or none is needed): mutations need it. */
  authorized: boolean;
}

export interface GraphqlHttpAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

/** Answers one request through `api`, with a context made for it (fresh loaders per request). */
export async function answerGraphql(
  api: ApolloServer<ApiContext>,
  context: (authorized: boolean) => ApiContext,
  request: GraphqlHttpRequest,
): Promise<GraphqlHttpAnswer> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) headers.set(key, value);
  let body: unknown = request.body;
  if (/^application\/(graphql-response\+)?json/i.test(headers.get('content-type') ?? '') && request.body !== '') {
    try {
      body = JSON.parse(request.body);
    } catch {
      return errorAnswer(400, 'The request body is not valid JSON.', { code: 'BAD_REQUEST' });
    }
  }
  const tooLarge = checkSizeOfText(querySource(body, request.search));
  if (tooLarge !== null) return errorAnswer(400, tooLarge.message, publicExtensions(tooLarge));
  const response = await api.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method, headers, search: request.search, body },
    context: () => Promise.resolve(context(request.authorized)),
  });
  let text: string;
  if (response.body.kind === 'complete') {
    text = response.body.string;
  } else {
    const chunks: string[] = [];
    for await (const chunk of response.body.asyncIterator) chunks.push(chunk);
    text = chunks.join('');
  }
  return { status: response.status ?? 200, headers: [...response.headers], body: text };
}

/** A JSON answer with one GraphQL-shaped error. */
export function errorAnswer(status: number, message: string, extensions: Record<string, unknown>): GraphqlHttpAnswer {
  return {
    status,
    headers: [['content-type', 'application/json; charset=utf-8']],
    body: JSON.stringify({ errors: [{ message, extensions }] }),
  };
}

/** The query text of a POST body or a GET URL; '' for anything else (a batch, persisted query), left to Apollo. */
function querySource(body: unknown, search: string): string {
  const query: unknown =
    typeof body === 'object' && body !== null && 'query' in body
      ? body.query
      : new URLSearchParams(search).get('query');
  return typeof query === 'string' ? query : '';
}

/** A refusal's extensions as Apollo's error formatting would answer them: the code and limits, no HTTP status. */
function publicExtensions(error: GraphQLError): Record<string, unknown> {
  return Object.fromEntries(Object.entries(error.extensions).filter(([key]) => key !== 'http'));
}
