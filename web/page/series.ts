// Loads one meeting series for the matrix and the timeline in one round trip, and normalises both API shapes
// (the `attendance` extension, or the contract's meetings → participants) into rounds with their participations.
import {
  ACTOR_REF,
  MEETING_REF,
  MEETING_REF_WINDOWS,
  PARTICIPATION,
  PARTICIPATION_BRIEF,
  STATEMENT,
  STATEMENT_BRIEF,
  gql,
  gqlWithFallback,
} from './api.js';
import type { MeetingRef, Participation, ParticipationBrief, Statement, StatementBrief } from './api.js';

export interface SeriesInfo {
  id: string;
  name: string;
  aliases: string[];
}

export interface Round {
  round: number;
  meeting: MeetingRef;
  participations: ParticipationBrief[];
}

export type SeriesMeeting = MeetingRef & { statements: StatementBrief[] };

export interface SeriesData {
  series: SeriesInfo | null;
  /** Every meeting of the series (numbered or not), as the timeline draws them. */
  meetings: SeriesMeeting[];
  /** Numbered rounds, ascending, each with every participation (states, organizations and persons). */
  rounds: Round[];
}

const RICH = `query SeriesPage($series: String!) {
  attendance(series: $series) {
    series { id name aliases }
    rounds { ${MEETING_REF_WINDOWS} }
    cells { round meeting { id } actor { ${ACTOR_REF} } participations { ${PARTICIPATION_BRIEF} } }
  }
  meetings(series: $series) { ${MEETING_REF_WINDOWS} statements { ${STATEMENT_BRIEF} } }
}`;

const PLAIN = `query SeriesPage($series: String!) {
  meetings(series: $series) {
    ${MEETING_REF} series { id name aliases }
    participants { ${PARTICIPATION_BRIEF} }
    statements { ${STATEMENT_BRIEF} }
  }
}`;

interface RichAnswer {
  attendance: {
    series: SeriesInfo;
    rounds: MeetingRef[];
    cells: { round: number; meeting: { id: string }; participations: ParticipationBrief[] }[];
  } | null;
  meetings: SeriesMeeting[];
}

interface PlainAnswer {
  attendance?: undefined;
  meetings: (SeriesMeeting & { series: SeriesInfo | null; participants: ParticipationBrief[] })[];
}

export async function loadSeries(series: string): Promise<SeriesData> {
  const answer = await gqlWithFallback<RichAnswer | PlainAnswer>(RICH, PLAIN, { series });
  if ('attendance' in answer && answer.attendance !== undefined) return fromAttendance(answer as RichAnswer);
  return fromMeetings(answer as PlainAnswer);
}

function fromAttendance(answer: RichAnswer): SeriesData {
  const a = answer.attendance;
  if (!a) return { series: null, meetings: answer.meetings, rounds: [] };
  const byMeeting = new Map<string, ParticipationBrief[]>();
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
  return rounds.sort(
    (x, y) => x.round - y.round || (x.meeting.startDate ?? '').localeCompare(y.meeting.startDate ?? ''),
  );
}

/** Statements of the whole series in date order (a statement tied to a meeting appears once). */
export function seriesStatements(data: SeriesData): StatementBrief[] {
  const seen = new Map<string, StatementBrief>();
  for (const m of data.meetings) for (const s of m.statements) seen.set(s.id, s);
  return [...seen.values()].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id));
}

const MEETING_EVIDENCE = `query MeetingEvidence($id: ID!) { meeting(id: $id) { id participants { ${PARTICIPATION} } } }`;
const MEETING_STATEMENTS = `query MeetingStatements($id: ID!) { statements(meeting: $id) { ${STATEMENT} } }`;
const SPEAKER_STATEMENTS = `query SpeakerStatements($speaker: String!, $from: Date, $to: Date) {
  statements(speaker: $speaker, from: $from, to: $to) { ${STATEMENT} }
}`;

/** The participations of one meeting with their evidence (fetched when a matrix cell is opened). */
export async function meetingEvidence(meetingId: string): Promise<Participation[]> {
  const { meeting } = await gql<{ meeting: { participants: Participation[] } | null }>(MEETING_EVIDENCE, {
    id: meetingId,
  });
  return meeting?.participants ?? [];
}

export async function meetingStatements(meetingId: string): Promise<Statement[]> {
  return (await gql<{ statements: Statement[] }>(MEETING_STATEMENTS, { id: meetingId })).statements;
}

/** One statement in full: the API has no statement(id), so it is found among its speaker's on that day. */
export async function statementDetail(brief: StatementBrief): Promise<Statement | null> {
  const { statements } = await gql<{ statements: Statement[] }>(SPEAKER_STATEMENTS, {
    speaker: brief.speaker.id,
    from: brief.date,
    to: brief.date,
  });
  return statements.find((s) => s.id === brief.id) ?? null;
}
