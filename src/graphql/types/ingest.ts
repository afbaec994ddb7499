// GraphQL input and report of the ingestArticle mutation. The report's root is built in resolvers/ingest.ts
// from the ingest service's IngestResult; meetings and statements are resolved from the ids it returns.
import { Field, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars.js';
import { Article } from './article.js';

@InputType({ description: 'An article to ingest: publishedAt and text are required.' })
export class ArticleInput {
  @Field(() => String, { nullable: true, description: 'Merge key; derived from the URL or the text when absent.' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => DateScalar)
  publishedAt!: string;

  @Field(() => String, { nullable: true, description: 'Detected when absent.' })
  language?: string | null;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'What one ingested article did to the graph.' })
export class IngestReport {
  @Field(() => Article)
  article!: Article;

  @Field(() => Boolean, { description: 'True when the article was already in the graph: nothing was added twice.' })
  duplicate!: boolean;

  @Field(() => [String])
  warnings!: string[];
}
