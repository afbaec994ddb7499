// GraphQL object types for articles, evidence spans and attributed statements. Root values are the store's
// records (ArticleRecord, Evidence, StatementRecord); relations are field resolvers in resolvers/article.ts.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { StatementKind } from '../../domain.js';
import { DateScalar } from '../scalars.js';
import { StatementKindEnum } from './enums.js';

@ObjectType({ description: 'A news article, the source of every fact.' })
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => DateScalar)
  publishedAt!: string;

  @Field(() => String)
  language!: string;
}

@ObjectType({ description: 'A verbatim span of an article that supports a fact.' })
export class Evidence {
  @Field(() => String, { description: 'The sentence (or span), verbatim.' })
  text!: string;

  @Field(() => Int, {
    description: 'Offset of the span in the article text, or in its title when inTitle (UTF-16 code units).',
  })
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: 'Something an actor said (QUOTE) or was reported to have said (REPORTED).' })
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field(() => StatementKindEnum)
  kind!: StatementKind;

  @Field(() => String, { description: "The quote, or the reported content, in the article's language." })
  text!: string;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  @Field(() => String)
  language!: string;
}
