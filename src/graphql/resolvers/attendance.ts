// The attendance(series) query: rounds × actors with the roles each actor held at each round, computed from
// three batched reads (series' meetings, their participations, the actors) whatever the number of rounds.
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import {
  PARTICIPATION_ROLES,
  type ActorRecord,
  type MeetingRecord,
  type ParticipationRecord,
  type ParticipationRole,
  type SeriesRecord,
} from '../../domain.js';
import type { ApiContext } from '../context.js';
import { primeMeetings } from '../loaders.js';
import { present } from '../page.js';
import { AttendanceMatrix } from '../types/attendance.js';

/** Root values of AttendanceCell and AttendanceMatrix: store records, resolved further by their own types. */
export interface CellRoot {
  round: number;
  meeting: MeetingRecord;
  actor: ActorRecord;
  roles: ParticipationRole[];
  participations: ParticipationRecord[];
}

export interface MatrixRoot {
  series: SeriesRecord;
  rounds: MeetingRecord[];
  actors: ActorRecord[];
  cells: CellRoot[];
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** States and organizations first, then persons; by display name, then id for a stable order. */
export function compareActors(a: ActorRecord, b: ActorRecord): number {
  const rank = (x: ActorRecord): number => (x.kind === 'PERSON' ? 1 : 0);
  return rank(a) - rank(b) || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compareRounds(a: MeetingRecord, b: MeetingRecord): number {
  return (
    (a.round ?? 0) - (b.round ?? 0) || (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.id.localeCompare(b.id)
  );
}

@Resolver(() => AttendanceMatrix)
export class AttendanceResolver {
  @Query(() => AttendanceMatrix, {
    nullable: true,
    description: 'Who attended which round of a series (id or any alias); null when the series is unknown.',
  })
  async attendance(@Arg('series', () => String) series: string, @Ctx() ctx: ApiContext): Promise<MatrixRoot | null> {
    const seriesId = await ctx.store.resolveSeries(series);
    if (seriesId === null) return null;
    const [record, meetings] = await Promise.all([
      ctx.loaders.series.load(seriesId),
      ctx.loaders.meetingsBySeries.load(seriesId),
    ]);
    if (record === null) return null;
    const rounds = meetings.filter((m) => m.round !== null).sort(compareRounds);
    primeMeetings(ctx.loaders, rounds);
    const all = ctx.loaders.participationsByMeeting({});
    const perRound = await Promise.all(rounds.map((m) => all.load(m.id)));
    const actorIds = [...new Set(perRound.flat().map((p) => p.actorId))];
    const actors = present(await ctx.loaders.actor.loadMany(actorIds)).sort(compareActors);

    const cells: CellRoot[] = [];
    rounds.forEach((meeting, i) => {
      const byActor = new Map<string, ParticipationRecord[]>();
      for (const p of perRound[i] ?? []) byActor.set(p.actorId, [...(byActor.get(p.actorId) ?? []), p]);
      for (const actor of actors) {
        const participations = byActor.get(actor.id);
        if (!participations) continue;
        const roles = PARTICIPATION_ROLES.filter((r) => participations.some((p) => p.role === r));
        cells.push({ round: meeting.round ?? 0, meeting, actor, roles, participations });
      }
    });
    return { series: record, rounds, actors, cells };
  }
}
