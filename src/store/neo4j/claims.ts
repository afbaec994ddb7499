// The Neo4j side of meeting claims (src/store/claims.ts): each article's claim is a CLAIMED relationship from the
// meeting to the article; a batch reads the stored claims of its meetings once (equal ones grouped, counted) and
// derives each meeting from all. The batch's articles are never among the stored ones (duplicates are not written).
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleDelta } from '../../domain.js';
import type { MeetingClaim } from '../claims.js';
import { claimsOf, deriveMeeting, withClaim } from '../claims.js';
import type { MeetingFields } from '../merge.js';
import * as q from './queries.js';
import type { Row } from './records.js';
import { toMeetingFields } from './records.js';

export interface DerivedMeetings {
  /** Each meeting of the batch, derived from its stored claims and the batch's. */
  meetings: MeetingFields[];
  /** The batch's own claims, to store. */
  claims: MeetingClaim[];
}

export async function deriveMeetings(
  tx: ManagedTransaction,
  deltas: readonly ArticleDelta[],
): Promise<DerivedMeetings> {
  const claims = deltas.flatMap((d) => claimsOf(d.meetings, d.article));
  const ids = [...new Set(claims.map((c) => c.id))];
  const byMeeting = await storedClaims(tx, ids);
  for (const claim of claims) byMeeting.set(claim.id, withClaim(byMeeting.get(claim.id) ?? [], claim));
  return { meetings: ids.map((id) => deriveMeeting(id, byMeeting.get(id) ?? [])), claims };
}

async function storedClaims(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, MeetingClaim[]>> {
  const byMeeting = new Map<string, MeetingClaim[]>();
  if (ids.length === 0) return byMeeting;
  const result = await tx.run(q.GET_MEETING_CLAIMS, { ids });
  for (const record of result.records) {
    const row = record.get('record') as Row;
    const claim: MeetingClaim = {
      ...toMeetingFields(row),
      articleId: String(row.articleId),
      publishedAt: String(row.publishedAt),
      weight: Number(row.weight),
    };
    const list = byMeeting.get(claim.id);
    if (list === undefined) byMeeting.set(claim.id, [claim]);
    else list.push(claim);
  }
  return byMeeting;
}
