// Loads one meeting series for the matrix and the timeline in one round trip, and normalises both API shapes
// (the `attendance` extension, or the contract's meetings → participants) into rounds with their participations.
import {
  ACTOR_REF,
  MEETING_REF,
  MEETING_REF_WINDOWS,
  PARTICIPATION,
  STATEMENT,
  gqlWithFallback,
} from './api.js';
import type { MeetingRef, Participation, Statement } from './api.js';

export interface SeriesInfo {
  id: string;
  name: string;
  aliases: string[];
}

export interface Round {
  round: number;
  meeting: MeetingRef;
  participations: Participation[];
}

export interface SeriesData {
  series: SeriesInfo | null;
  /** Every meeting of the series (numbered or not), as the timeline draws them. */
  meetings: (MeetingRef & { statements: Statement[] })[];
  /** Numbered rounds, ascending, each with every participation (states, organizations and persons). */
  rounds: Round[];
}

const RICH = `query SeriesPage($series: String!) {
  attendance(series: $series) {
    series { id name aliases }
    rounds { ${MEETING_REF_WINDOWS} }
    cells { round meeting { id } actor { ${ACTOR_REF} } participations { ${PARTICIPATION} } }
  }
  meetings(series: $series) { ${MEETING_REF_WINDOWS} statements { ${STATEMENT} } }
}`;

const PLAIN = `query SeriesPage($series: String!) {
  meetings(series: $series) {
    ${MEETING_REF} series { id name aliases }
    participants { ${PARTICIPATION} }
    statements { ${STATEMENT} }
  }
}`;

interface RichAnswer {
  attendance: {
    series: SeriesInfo;
    rounds: MeetingRef[];
    cells: { round: number; meeting: { id: string }; participations: Participation[] }[];
  } | null;
  meetings: (MeetingRef & { statements: Statement[] })[];
}

interface PlainAnswer {
  attendance?: undefined;
  meetings: (MeetingRef & { series: SeriesInfo | null; participants: Participation[]; statements: Statement[] })[];
}

export async function loadSeries(series: string): Promise<SeriesData> {
  const answer = await gqlWithFallback<RichAnswer | PlainAnswer>(RICH, PLAIN, { series });
  if ('attendance' in answer && answer.attendance !== undefined) return fromAttendance(answer as RichAnswer);
  return fromMeetings(answer as PlainAnswer);
}

function fromAttendance(answer: RichAnswer): SeriesData {
  const a = answer.attendance;
  if (!a) return { series: null, meetings: answer.meetings, rounds: [] };
  const byMeeting = new Map<string, Participation[]>();
  for (const cell of a.cells) {
    const list = byMeeting.get(cell.meeting.id) ?? [];
    list.push(...cell.participations);
    byMeeting.set(cell.meeting.id, list);
  }
  const rounds = a.rounds
    .filter((m) => m.round !== null)
    .map((m) => ({ round: m.round ?? 0, meeting: m, participations: byMeeting.get(m.id) ?? [] }));
  return { series: a.series, meetings: answer.meetings, rounds: sortRounds(rounds) };
}

function fromMeetings(answer: PlainAnswer): SeriesData {
  const series = answer.meetings.find((m) => m.series)?.series ?? null;
  const rounds = answer.meetings
    .filter((m) => m.round !== null)
    .map((m) => ({ round: m.round ?? 0, meeting: m, participations: m.participants }));
  return { series, meetings: answer.meetings, rounds: sortRounds(rounds) };
}

function sortRounds(rounds: Round[]): Round[] {
  return rounds.sort((x, y) => x.round - y.round || (x.meeting.startDate ?? '').localeCompare(y.meeting.startDate ?? ''));
}

/** Statements of the whole series, newest last; evidence-free duplicates are not expected (ids are unique). */
export function seriesStatements(data: SeriesData): Statement[] {
  const seen = new Map<string, Statement>();
  for (const m of data.meetings) for (const s of m.statements) seen.set(s.id, s);
  return [...seen.values()].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id));
}
