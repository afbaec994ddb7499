// The attendance matrix of a series (rounds × actors), for the analyst page and notebooks.
// Its shape is fixed by the page: AttendanceMatrix { series rounds actors cells }, one cell per (meeting, actor).
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRecord, MeetingRecord, ParticipationRecord, ParticipationRole, SeriesRecord } from '../../domain.js';
import { Actor } from './actor.js';
import { ParticipationRoleEnum } from './enums.js';
import { Meeting, MeetingSeries, Participation } from './meeting.js';

@ObjectType({ description: 'One actor at one round: its roles there and the participations that say so.' })
export class AttendanceCell {
  @Field(() => Int)
  round!: number;

  @Field(() => Meeting)
  meeting!: MeetingRecord;

  @Field(() => Actor)
  actor!: ActorRecord;

  @Field(() => [ParticipationRoleEnum])
  roles!: ParticipationRole[];

  @Field(() => [Participation])
  participations!: ParticipationRecord[];
}

@ObjectType({ description: 'Who attended which round of a series.' })
export class AttendanceMatrix {
  @Field(() => MeetingSeries)
  series!: SeriesRecord;

  @Field(() => [Meeting], { description: "The series' meetings that have a round number, by round." })
  rounds!: MeetingRecord[];

  @Field(() => [Actor], {
    description: 'Every participating actor: states and organizations first, then persons, by name.',
  })
  actors!: ActorRecord[];

  @Field(() => [AttendanceCell], { description: 'One per (meeting, actor), by round then actor order.' })
  cells!: AttendanceCell[];
}
