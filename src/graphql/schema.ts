// Builds the API schema once per process from the type-graphql resolvers, and prints it in the canonical form
// committed as schema/api.graphql (sorted, so the file only changes when the schema does).
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { servePrefetched } from './prefetch.js';
import { ActorResolver } from './resolvers/actor.js';
import { ArticleResolver, EvidenceResolver, StatementResolver } from './resolvers/article.js';
import { AttendanceResolver } from './resolvers/attendance.js';
import { IngestResolver } from './resolvers/ingest.js';
import { MeetingResolver, ParticipationResolver, PlaceResolver, SeriesResolver } from './resolvers/meeting.js';
import { QueryResolver } from './resolvers/query.js';

let built: GraphQLSchema | undefined;

export function apiSchema(): GraphQLSchema {
  built ??= servePrefetched(
    buildSchemaSync({
      resolvers: [
        QueryResolver,
        AttendanceResolver,
        IngestResolver,
        ActorResolver,
        SeriesResolver,
        PlaceResolver,
        MeetingResolver,
        ParticipationResolver,
        ArticleResolver,
        EvidenceResolver,
        StatementResolver,
      ],
      // Inputs are checked by the ingest service and the Date scalar; class-validator is not used.
      validate: false,
    }),
  );
  return built;
}

export function printApiSchema(): string {
  return printSchema(lexicographicSortSchema(apiSchema())) + '\n';
}
