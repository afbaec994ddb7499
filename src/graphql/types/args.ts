// Arguments of the list fields. Every filter is optional, so none of them can break an existing query;
// `first`/`after` page any long list by item id (the lists are ordered deterministically by the store).
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { ActorKind, ParticipationRole } from '../../domain.js';
import { DateScalar } from '../scalars.js';
import { ActorKindEnum, ParticipationRoleEnum } from './enums.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many items.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Only items after the item with this id (a cursor).' })
  after?: string | null;
}

@ArgsType()
export class EvidenceArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many spans (by article, then offset).' })
  first?: number | null;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Series id or any alias, in any language.' })
  series?: string | null;

  @Field(() => Int, { nullable: true })
  round?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Meetings on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Meetings on or before this day.' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Actor id or any name or alias, in any language.' })
  attendee?: string | null;
}

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Actor id or any name or alias, in any language.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meeting id.' })
  meeting?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over the statement text.' })
  search?: string | null;
}

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorKindEnum, { nullable: true })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Part of any name or alias, in any language.' })
  search?: string | null;
}

@ArgsType()
export class ParticipantsArgs {
  @Field(() => ParticipationRoleEnum, { nullable: true })
  role?: ParticipationRole | null;

  @Field(() => ActorKindEnum, { nullable: true })
  kind?: ActorKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only delegates of this actor (id or any name or alias): who represented the opposition there.',
  })
  representing?: string | null;
}
