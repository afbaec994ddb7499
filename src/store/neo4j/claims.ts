// The Neo4j side of meeting claims (src/store/claims.ts): each article's claim is a CLAIMED relationship from the
// meeting to the article, and the meeting node keeps the tally of them (equal claims grouped and counted, the count
// of claims it stands for beside it). A batch reads the tallies of its meetings, adds its own claims, derives each
// meeting from the new tally and writes it back: the read costs the batch's meetings, not the thousands of articles
// that claimed them. A meeting whose tally is missing or stale (see GET_MEETING_TALLIES) has its claims read grouped.
// The batch's articles are never among the stored ones (duplicates are not written).
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleDelta } from '../../domain.js';
import type { MeetingClaim } from '../claims.js';
import { claimCount, claimsOf, deriveMeeting, tallyClaims, withClaim } from '../claims.js';
import type { MeetingFields } from '../merge.js';
import * as q from './queries.js';
import type { Row } from './records.js';
import { toMeetingFields } from './records.js';

/** A meeting derived from its claims, with the tally that MERGE_MEETINGS stores beside it. */
export interface DerivedMeeting extends MeetingFields {
  claimTally: string[];
  claimCount: number;
}

export interface DerivedMeetings {
  /** Each meeting of the batch, derived from its stored claims and the batch's. */
  meetings: DerivedMeeting[];
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
  const meetings = ids.map((id): DerivedMeeting => {
    const tally = tallyClaims(byMeeting.get(id) ?? []);
    return {
      ...deriveMeeting(id, tally),
      claimTally: tally.map((c) => JSON.stringify(c)),
      claimCount: claimCount(tally),
    };
  });
  return { meetings, claims };
}

/** The stored claims of each meeting, as tallies: the node's own when it is current, else its claims grouped. */
async function storedClaims(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, MeetingClaim[]>> {
  const byMeeting = new Map<string, MeetingClaim[]>();
  if (ids.length === 0) return byMeeting;
  const stale: string[] = [];
  for (const record of (await tx.run(q.GET_MEETING_TALLIES, { ids })).records) {
    const id = String(record.get('id'));
    const tally = record.get('tally') as string[] | null;
    if (tally === null) stale.push(id);
    else if (tally.length > 0)
      byMeeting.set(
        id,
        tally.map((json) => JSON.parse(json) as MeetingClaim),
      );
  }
  if (stale.length === 0) return byMeeting;
  for (const record of (await tx.run(q.GET_MEETING_CLAIMS, { ids: stale })).records) {
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
