// GraphQL object types for actors (states, organizations, persons). Relations are field resolvers in
// resolvers/actor.ts; the root value is always the store's ActorRecord.
import { Field, ID, ObjectType } from 'type-graphql';
import type { ActorKind } from '../../domain.js';
import { ActorKindEnum } from './enums.js';

@ObjectType({ description: 'A name in one language.' })
export class LocalizedName {
  @Field(() => String)
  lang!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: 'A state, an organization or a person.' })
export class Actor {
  @Field(() => ID, { description: 'States: ISO3 ("RUS"); others: gazetteer id ("UN", "alexander-lavrentiev").' })
  id!: string;

  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => String, { description: 'Display name, English where known.' })
  name!: string;

  @Field(() => [LocalizedName], { description: 'Every known name, by language.' })
  names!: LocalizedName[];

  @Field(() => [String], { description: 'Every surface form seen in articles or known to the gazetteer.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3, states only.' })
  iso3!: string | null;

  @Field(() => String, { nullable: true, description: 'Persons: the latest known office.' })
  title!: string | null;
}
