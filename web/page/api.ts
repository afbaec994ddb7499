// The page's only door to the server: POSTs GraphQL to /graphql and types the answers the views use.
// Extension fields (attendance, planned windows) are tried and dropped if absent. The server prices every list at
// 10 items per level, so views ask for lists of lists only in brief and fetch evidence when a fact is opened.

export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string;
  language: string;
}
export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** The span is in the article's headline, not its text. */
  inTitle: boolean;
  article: Article;
}
export interface ActorRef {
  id: string;
  kind: 'STATE' | 'ORGANIZATION' | 'PERSON';
  name: string;
}
export interface LocalizedName {
  lang: string;
  value: string;
}
export interface MeetingRef {
  id: string;
  name: string;
  round: number | null;
  status: 'HELD' | 'PLANNED' | 'CANCELLED';
  startDate: string | null;
  endDate: string | null;
  windowStart?: string | null;
  windowEnd?: string | null;
  location?: { name: string } | null;
}
export interface ParticipationBrief {
  role: string;
  actor: ActorRef;
  representing: ActorRef | null;
}
export interface Participation extends ParticipationBrief {
  evidence: Evidence[];
}
export interface StatementBrief {
  id: string;
  kind: string;
  date: string | null;
  speaker: ActorRef;
}
export interface Statement {
  id: string;
  kind: string;
  text: string;
  date: string | null;
  language: string;
  speaker: ActorRef;
  meeting: MeetingRef | null;
  article: Article;
  evidence: Evidence[];
}

export class GraphQLFailure extends Error {
  constructor(
    message: string,
    readonly validation: boolean,
  ) {
    super(message);
  }
}

/** The endpoint is same-origin by default; `?api=` lets the page be pointed at another server. */
const ENDPOINT = new URLSearchParams(location.search).get('api') ?? '/graphql';

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (body?.errors?.length) {
    // A field the server does not offer fails validation: callers then retry with contract fields only.
    const validation = body.errors.some(
      (e) =>
        e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field|Unknown argument/.test(e.message),
    );
    throw new GraphQLFailure(body.errors.map((e) => e.message).join('; '), validation);
  }
  if (!response.ok || !body?.data) throw new GraphQLFailure(`HTTP ${response.status}`, false);
  return body.data;
}

/** Runs the richer query; if the server rejects one of its fields, runs the contract-only one. */
export async function gqlWithFallback<T>(rich: string, plain: string, variables: Record<string, unknown>): Promise<T> {
  try {
    return await gql<T>(rich, variables);
  } catch (e) {
    if (e instanceof GraphQLFailure && e.validation) return gql<T>(plain, variables);
    throw e;
  }
}

export const ARTICLE = 'id url title source publishedAt language';
export const EVIDENCE = `text start end inTitle article { ${ARTICLE} }`;
export const ACTOR_REF = 'id kind name';
export const MEETING_REF = 'id name round status startDate endDate location { name }';
export const MEETING_REF_WINDOWS = `${MEETING_REF} windowStart windowEnd`;
export const PARTICIPATION_BRIEF = `role actor { ${ACTOR_REF} } representing { ${ACTOR_REF} }`;
export const PARTICIPATION = `${PARTICIPATION_BRIEF} evidence { ${EVIDENCE} }`;
export const STATEMENT_BRIEF = `id kind date speaker { ${ACTOR_REF} }`;
export const STATEMENT = `id kind text date language speaker { ${ACTOR_REF} } meeting { ${MEETING_REF} }
  article { ${ARTICLE} } evidence { ${EVIDENCE} }`;
