// Shapes a batch read's rows into the port's answer: one entry per requested key, in the keys' order.
// Pure. Shared by both adapters so that DataLoader's contract is met the same way everywhere.

/** Each key's item, in the keys' order, null when absent. */
export function findPerKey<T>(keys: readonly string[], items: readonly T[], keyOf: (t: T) => string): (T | null)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item] as const));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Groups items under each key, in the keys' order, keeping the items' order ([] for a key without items). */
export function groupPerKey<T>(keys: readonly string[], items: readonly T[], keyOf: (t: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const list = byKey.get(keyOf(item));
    if (list) list.push(item);
    else byKey.set(keyOf(item), [item]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
