// Which Neo4j a test run uses, decided from what is known about the machine, with no I/O: the global setup
// (tests/setup/neo4j.ts) gathers the facts, this decides, so the rule "use the one NEO4J_URI names or our own, and
// stop only what we started" is table-tested (tests/setup/neo4j-choice.test.ts).

/** A Neo4j started by `npm run neo4j -- start`, as its pid file records it. */
export interface RunningNeo4j {
  pid: number;
  port: number;
}

export interface Neo4jSituation {
  /** NEO4J_URI, when the user names a database. */
  namedUri: string | undefined;
  /** The run selects store tests, or DIPLOGRAPH_REQUIRE_NEO4J=1. */
  needed: boolean;
  /** Java and Maven are installed, so the suite can start its own. */
  canStart: boolean;
  /** The suite's own instance (its state folder), left running by an earlier run. */
  suiteInstance: RunningNeo4j | null;
  /** Any other Neo4j on this machine, e.g. the developer's own in .neo4j/: listed only so no rule may pick it. */
  otherInstances: RunningNeo4j[];
  /** A port the OS reported free just now, for a new instance. */
  freePort: number;
}

export type Neo4jPlan =
  /** Use the named database; it is the user's, so never stopped. */
  | { kind: 'named'; uri: string; stopAfter: false }
  /** Reuse the suite's own instance an earlier run left running; this run did not start it, so it leaves it. */
  | { kind: 'reuse'; uri: string; stopAfter: false }
  /** Start the suite's own instance on a free port and stop it afterwards (a watchdog stops it if we die). */
  | { kind: 'start'; port: number; uri: string; stopAfter: true }
  | { kind: 'skip'; reason: string };

const bolt = (port: number): string => `bolt://127.0.0.1:${port}`;

export function chooseNeo4j(s: Neo4jSituation): Neo4jPlan {
  if (s.namedUri !== undefined) return { kind: 'named', uri: s.namedUri, stopAfter: false };
  if (!s.needed) return { kind: 'skip', reason: 'this run selects no store test' };
  if (s.suiteInstance !== null) return { kind: 'reuse', uri: bolt(s.suiteInstance.port), stopAfter: false };
  if (!s.canStart) {
    return { kind: 'skip', reason: 'no NEO4J_URI, and Java 17 + Maven are not installed to start a local Neo4j' };
  }
  // The OS said the port was free, but a server of ours that is starting may not listen yet: never share its port.
  if (s.otherInstances.some((o) => o.port === s.freePort)) {
    throw new Error(`port ${s.freePort} belongs to another Neo4j of this project; run the tests again`);
  }
  return { kind: 'start', port: s.freePort, uri: bolt(s.freePort), stopAfter: true };
}
