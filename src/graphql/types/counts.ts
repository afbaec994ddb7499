// Sizes of the graph, for dashboards and health checks.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many of each kind of node the graph holds.' })
export class GraphCounts {
  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  actors!: number;

  @Field(() => Int)
  series!: number;

  @Field(() => Int)
  places!: number;

  @Field(() => Int)
  meetings!: number;

  @Field(() => Int)
  participations!: number;

  @Field(() => Int)
  statements!: number;
}
