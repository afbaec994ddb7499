// Relations of MeetingSeries, Place, Meeting and Participation, each through a per-request DataLoader so that
// a list of N meetings costs one store round trip per relation, not N.
import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type {
  ActorRecord,
  ArticleRecord,
  Evidence as EvidenceRecord,
  MeetingRecord,
  ParticipationRecord,
  PlaceRecord,
  SeriesRecord,
  StatementRecord,
} from '../../domain.js';
import type { ApiContext } from '../context.js';
import { evidenceLimit, page, present, required, storeLimit } from '../page.js';
import { Actor } from '../types/actor.js';
import { EvidenceArgs, PageArgs, ParticipantsArgs } from '../types/args.js';
import { Article, Evidence, Statement } from '../types/article.js';
import { Meeting, MeetingSeries, Participation, Place } from '../types/meeting.js';

@Resolver(() => MeetingSeries)
export class SeriesResolver {
  @FieldResolver(() => [Meeting], { description: 'Ordered by round, then date.' })
  async meetings(@Root() series: SeriesRecord, @Ctx() ctx: ApiContext): Promise<MeetingRecord[]> {
    return ctx.loaders.meetingsBySeries.load(series.id);
  }

  @FieldResolver(() => Int)
  async meetingCount(@Root() series: SeriesRecord, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.loaders.count('meetingsBySeries').load(series.id);
  }

  @FieldResolver(() => Int, { description: 'Participations at its meetings (every role and kind).' })
  async participationCount(@Root() series: SeriesRecord, @Ctx() ctx: ApiContext): Promise<number> {
    const meetings = await ctx.loaders.meetingsBySeries.load(series.id);
    const lists = await ctx.loaders.participationsByMeeting({}).loadMany(meetings.map((m) => m.id));
    return present(lists).reduce((n, list) => n + list.length, 0);
  }

  @FieldResolver(() => Int, { description: 'Distinct articles that report any of its meetings.' })
  async articleCount(@Root() series: SeriesRecord, @Ctx() ctx: ApiContext): Promise<number> {
    const meetings = await ctx.loaders.meetingsBySeries.load(series.id);
    const lists = await ctx.loaders.sourcesByMeeting.loadMany(meetings.map((m) => m.id));
    return new Set(present(lists).flatMap((list) => list.map((a) => a.id))).size;
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Actor, { nullable: true })
  async country(@Root() place: PlaceRecord, @Ctx() ctx: ApiContext): Promise<ActorRecord | null> {
    return place.countryId === null ? null : ctx.loaders.actor.load(place.countryId);
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => MeetingSeries, { nullable: true })
  async series(@Root() meeting: MeetingRecord, @Ctx() ctx: ApiContext): Promise<SeriesRecord | null> {
    return meeting.seriesId === null ? null : ctx.loaders.series.load(meeting.seriesId);
  }

  @FieldResolver(() => Place, { nullable: true })
  async location(@Root() meeting: MeetingRecord, @Ctx() ctx: ApiContext): Promise<PlaceRecord | null> {
    return meeting.placeId === null ? null : ctx.loaders.place.load(meeting.placeId);
  }

  @FieldResolver(() => [Participation])
  async participants(
    @Root() meeting: MeetingRecord,
    @Args(() => ParticipantsArgs) args: ParticipantsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ParticipationRecord[]> {
    const found = await ctx.loaders.participationsByMeeting({ role: args.role, kind: args.kind }).load(meeting.id);
    if (args.representing === undefined || args.representing === null) return found;
    // Filtered here, not in the store: a meeting's participations are few and already loaded in one batch.
    const principals = new Set(await ctx.store.resolveActor(args.representing));
    return found.filter((p) => p.representingId !== null && principals.has(p.representingId));
  }

  @FieldResolver(() => [Statement])
  async statements(
    @Root() meeting: MeetingRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<StatementRecord[]> {
    return page(await ctx.loaders.statementsByMeeting(storeLimit(args)).load(meeting.id), args);
  }

  @FieldResolver(() => [Evidence], { description: 'Every span that reports the meeting itself.' })
  async evidence(
    @Root() meeting: MeetingRecord,
    @Args(() => EvidenceArgs) args: EvidenceArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<EvidenceRecord[]> {
    return ctx.loaders.evidence('meeting', evidenceLimit(args)).load(meeting.id);
  }

  @FieldResolver(() => [Article], { description: 'Every article that reported it.' })
  async sources(@Root() meeting: MeetingRecord, @Ctx() ctx: ApiContext): Promise<ArticleRecord[]> {
    const found = await ctx.loaders.sourcesByMeeting.load(meeting.id);
    for (const a of found) ctx.loaders.article.prime(a.id, a);
    return found;
  }

  // Counts are counted in the store: a count never reads the list it counts.
  @FieldResolver(() => Int, { description: 'How many participations (every role and kind).' })
  async participantCount(@Root() meeting: MeetingRecord, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.loaders.count('participationsByMeeting').load(meeting.id);
  }

  @FieldResolver(() => Int)
  async statementCount(@Root() meeting: MeetingRecord, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.loaders.count('statementsByMeeting').load(meeting.id);
  }

  @FieldResolver(() => Int)
  async sourceCount(@Root() meeting: MeetingRecord, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.loaders.count('sourcesByMeeting').load(meeting.id);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Meeting)
  async meeting(@Root() p: ParticipationRecord, @Ctx() ctx: ApiContext): Promise<MeetingRecord> {
    return required(await ctx.loaders.meeting.load(p.meetingId), `participation ${p.id}: meeting`);
  }

  @FieldResolver(() => Actor)
  async actor(@Root() p: ParticipationRecord, @Ctx() ctx: ApiContext): Promise<ActorRecord> {
    return required(await ctx.loaders.actor.load(p.actorId), `participation ${p.id}: actor`);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'For a PERSON: whom it represents there.' })
  async representing(@Root() p: ParticipationRecord, @Ctx() ctx: ApiContext): Promise<ActorRecord | null> {
    return p.representingId === null ? null : ctx.loaders.actor.load(p.representingId);
  }

  @FieldResolver(() => [Evidence], { description: 'At least one, always.' })
  async evidence(
    @Root() p: ParticipationRecord,
    @Args(() => EvidenceArgs) args: EvidenceArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<EvidenceRecord[]> {
    return ctx.loaders.evidence('participation', evidenceLimit(args)).load(p.id);
  }
}
