// The GraphQL IDE: GraphiQL against this server's /graphql, with an example query over the Astana talks.
// Absolute URLs, so the page works both at /ide and at /graphql (where browsers are sent too).
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const EXAMPLE = `# Astana rounds: who took part, in which role.
# Any language works: series: "أستانة",
# actor(name: "لافرنتييف").
query Rounds {
  meetings(series: "astana") {
    round
    status
    startDate
    location { name }
    participants { role actor { name kind } }
  }
}
`;

type Params = { query: string; variables?: unknown; operationName?: string | null };
type Options = { headers?: Record<string, string> };

// A plain POST fetcher: JSON in, JSON out; headers typed in the IDE (e.g. Authorization) are passed on.
async function fetcher(params: Params, options?: Options): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

const root = document.getElementById('ide');
if (root) createRoot(root).render(createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE }));
