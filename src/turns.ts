// Turns of the event loop for GraphQL requests. The embedded store reads synchronously, so a request runs from its
// first read to its answer without letting the loop turn; requests that arrive together would run back to back and
// hold everything read after them, /healthz included. Each takes a turn instead: at most one is let go per turn of
// the loop (from setImmediate, i.e. after the loop's reads), so what arrived meanwhile is read and /healthz answered
// in between. A request waiting on I/O (Neo4j, a worker thread) holds no turn: the next one goes on the next turn.

const waiting: (() => void)[] = [];
let scheduled = false;

/** Resolves on a turn of the event loop of its own, in the order asked. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(letOneGo);
    }
  });
}

function letOneGo(): void {
  waiting.shift()?.();
  // An immediate queued from an immediate runs on the loop's next turn, after its timers and reads.
  if (waiting.length > 0) setImmediate(letOneGo);
  else scheduled = false;
}
