// GraphQL object types for meeting series, places, meetings and participations. The root values are the
// store's records; relations (series, location, participants, evidence, ...) are field resolvers in
// resolvers/meeting.ts.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { MeetingStatus, ParticipationRole } from '../../domain.js';
import { DateScalar } from '../scalars.js';
import { LocalizedName } from './actor.js';
import { MeetingStatusEnum, ParticipationRoleEnum } from './enums.js';

@ObjectType({ description: 'A format of recurring, numbered meetings (a row of seed/gazetteer/series.json).' })
export class MeetingSeries {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];
}

@ObjectType()
export class Place {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [LocalizedName])
  names!: LocalizedName[];
}

@ObjectType({ description: 'A meeting: a numbered round of a series, or a one-off.' })
export class Meeting {
  @Field(() => ID, { description: 'Series rounds: "<series id>-<round>".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The round number within its series, when known.' })
  round!: number | null;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'PLANNED meetings known only by a window: its first day.' })
  windowStart!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'PLANNED meetings known only by a window: its last day.' })
  windowEnd!: string | null;
}

@ObjectType({ description: 'An actor taking part in a meeting in one role.' })
export class Participation {
  @Field(() => ID, { description: 'Stable key "<meetingId>|<actorId>|<role>".' })
  id!: string;

  @Field(() => ParticipationRoleEnum)
  role!: ParticipationRole;
}
