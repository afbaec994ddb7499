// The peer the benchmark compares against: @neo4j/graphql serving typeDefs mapped onto diplograph's Neo4j graph
// (same labels, properties and relationship types), over the same Neo4j and data, behind Apollo like our server.
// Usage: node scripts/bench/peer.mjs <port>   (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD as for diplograph)
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

// Every relationship a list: @neo4j/graphql 7 filters and sorts lists; answers are compared after unwrapping.
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type MeetingSeries @node {
    id: ID!
    name: String!
  }
  type Meeting @node {
    id: ID!
    name: String!
    round: Int
    status: String!
    startDate: String
    endDate: String
    series: [MeetingSeries!]! @relationship(type: "PART_OF", direction: OUT)
    participants: [Participation!]! @relationship(type: "IN", direction: IN)
  }
  type Participation @node {
    id: ID!
    role: String!
    actor: [Actor!]! @relationship(type: "TOOK_PART", direction: IN)
  }
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    statements: [Statement!]! @relationship(type: "SAID", direction: OUT)
  }
  type Statement @node {
    id: ID!
    kind: String!
    text: String!
    date: String
    language: String!
  }
`;

const port = Number(process.argv[2] ?? 4100);
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'diplograph'),
  { logging: { level: 'error', logger: () => undefined } },
);
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
process.stdout.write(`ready ${url}\n`);
const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
