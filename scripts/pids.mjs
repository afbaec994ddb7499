// Process ids, shared by the Neo4j scripts (neo4j.mjs, neo4j-watchdog.mjs).

/** Whether a process with this id exists (signal 0 tests it without sending anything). */
export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
