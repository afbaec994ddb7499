// The three queries of issue 11, in our API and in the peer's (@neo4j/graphql 7) words, with the normalization
// that makes their answers comparable: the peer's relationships are lists, ours single objects.
export interface BenchQuery {
  name: string;
  ours: string;
  peer: string;
}

const ORDER = 'sort: [{ round: ASC }, { startDate: ASC }, { id: ASC }]';
const ASTANA = 'series: { some: { id: { eq: "astana" } } }';

export const QUERIES: BenchQuery[] = [
  {
    name: 'attendance',
    ours: '{ meetings(series: "astana") { round status participants { role actor { name } } } }',
    peer: `{ meetings(where: { ${ASTANA} }, ${ORDER}) {
      round status participants(sort: [{ id: ASC }]) { role actor { name } } } }`,
  },
  {
    name: 'one round',
    ours: '{ meetings(series: "astana", round: 20) { round participants { role actor { name } } } }',
    peer: `{ meetings(where: { ${ASTANA}, round: { eq: 20 } }, ${ORDER}) {
      round participants(sort: [{ id: ASC }]) { role actor { name } } } }`,
  },
  {
    name: 'nested statements',
    ours: `{ meetings(series: "astana") { round participants { role actor { name
      statements(first: 5) { text date } } } } }`,
    peer: `{ meetings(where: { ${ASTANA} }, ${ORDER}) { round participants(sort: [{ id: ASC }]) { role actor { name
      statements(limit: 5, sort: [{ date: ASC }, { id: ASC }]) { text date } } } } }`,
  },
];

/** The peer's one-element relationship lists unwrapped, so both answers have our shape. */
export function unwrapPeer(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => unwrapPeer(v));
    return key === 'actor' ? (items[0] ?? null) : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapPeer(v, k)]));
  }
  return value;
}

/** Size of an answer, for the report: meetings, participations, statements. */
export function answerSize(data: unknown): string {
  const meetings = ((data as { data?: { meetings?: unknown[] } }).data?.meetings ?? []) as {
    participants?: { actor?: { statements?: unknown[] } }[];
  }[];
  const participations = meetings.flatMap((m) => m.participants ?? []);
  const statements = participations.flatMap((p) => p.actor?.statements ?? []);
  return `${meetings.length} meetings, ${participations.length} participations, ${statements.length} statements`;
}
