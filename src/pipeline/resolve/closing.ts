// Stage 9a: remarks at the close of a round by an official of a state or an organization (a UN envoy) place that
// official at the round for them; an organization not yet placed there attends in its standing role in the series
// (the UN as observer in Astana, as mediator of the Constitutional Committee). Pure.
import type { ParticipationFact } from '../../domain.js';
import type { Doc } from '../doc.js';
import type { Persons } from '../extract/persons.js';
import { memberRole } from '../knowledge.js';
import type { RoundInfo } from './meetings.js';
import type { FoundStatement } from './statements.js';
import { actorOfKind, stateRow } from '../rows.js';

export function closingRemarks(
  doc: Doc,
  found: FoundStatement[],
  persons: Persons,
  rounds: RoundInfo[],
  participations: ParticipationFact[],
): void {
  for (const s of found) {
    const own = persons.info.get(s.fact.speakerId)?.affiliation ?? null;
    const org = own === null ? undefined : actorOfKind(doc.knowledge, own, 'ORGANIZATION');
    const aff = (own !== null && stateRow(doc.knowledge, own)) || org ? own : null;
    const series = rounds.find((r) => r.id === s.meeting)?.series;
    if (!s.atClosing || s.meeting === null || !aff || !series) continue;
    const mid = s.meeting;
    if (participations.some((p) => p.meetingId === mid && p.actorId === s.fact.speakerId)) continue;
    participations.push({
      meetingId: mid,
      actorId: s.fact.speakerId,
      role: 'PARTICIPANT',
      representingId: aff,
      evidence: s.fact.evidence,
    });
    const role = org ? memberRole(doc.knowledge, series, org.id) : null;
    if (org && role && role !== 'HOST' && !participations.some((p) => p.meetingId === mid && p.actorId === org.id))
      participations.push({ meetingId: mid, actorId: org.id, role, representingId: null, evidence: s.fact.evidence });
  }
}
