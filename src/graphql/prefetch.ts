// Trees read whole (a meeting tree, port.ts): their nodes already hold what the query selected below them, so a
// field resolver on such a node answers with the node's own value instead of asking the loaders (and type-graphql's
// per-call instance and argument conversion is skipped too). Nodes are marked by the resolver that read the tree.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { MeetingNode } from '../store/port.js';

const PREFETCHED = Symbol('prefetched');

type Marked = Record<string | symbol, unknown>;

/** Marks every node of the trees as holding its selected relations under their field names. */
export function markPrefetched(meetings: readonly MeetingNode[]): void {
  for (const m of meetings) {
    (m as Marked)[PREFETCHED] = true;
    for (const p of m.participants ?? []) {
      (p as Marked)[PREFETCHED] = true;
      if (p.actor) (p.actor as Marked)[PREFETCHED] = true;
    }
  }
}

/** Wraps every field resolver of the schema's object types: a marked root answers from itself. */
export function servePrefetched(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (resolve === undefined) continue;
      const name = field.name;
      const wrapped: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) =>
        root !== null && typeof root === 'object' && (root as Marked)[PREFETCHED] === true
          ? (root as Marked)[name]
          : resolve(root, args, context, info);
      field.resolve = wrapped;
    }
  }
  return schema;
}
