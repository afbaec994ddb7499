// Stage 7b: what the series' calendars know (series.json "calendar") corrects what one article can tell. A meeting
// the calendar knows was called off is CANCELLED in any report written from that day on, and nobody attends it: an
// article that tells of the venue quarrel that stopped it names hosts and parties that never sat down. Pure.
import type { MeetingFact, ParticipationFact } from '../../domain.js';
import type { CalendarRow, Knowledge } from '../knowledge.js';

/** The calendar row of a series' numbered meeting, if the series knows it. */
export function calendarRow(k: Knowledge, seriesId: string, round: number): CalendarRow | null {
  return k.series.find((s) => s.id === seriesId)?.calendar?.find((r) => r.round === round) ?? null;
}

/** Whether the calendar says the meeting had been called off by the day the article was published. */
function calledOff(k: Knowledge, m: MeetingFact, publishedAt: string): boolean {
  if (m.seriesId === null || m.round === null) return false;
  const row = calendarRow(k, m.seriesId, m.round);
  return row?.status === 'CANCELLED' && row.cancelled !== undefined && row.cancelled <= publishedAt;
}

/**
 * Marks the meetings the calendar knows as called off CANCELLED and drops every participation in them (in place);
 * returns the ids of those meetings.
 */
export function applyCalendar(
  k: Knowledge,
  publishedAt: string,
  meetings: MeetingFact[],
  participations: ParticipationFact[],
): string[] {
  const off = meetings.filter((m) => calledOff(k, m, publishedAt));
  for (const m of off) m.status = 'CANCELLED';
  const ids = off.map((m) => m.id);
  const kept = participations.filter((p) => !ids.includes(p.meetingId));
  participations.splice(0, participations.length, ...kept);
  return ids;
}
