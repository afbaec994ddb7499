// What a query selects below a field: lets a list resolver fetch the levels the query will ask for next in its
// own store read (the way @neo4j/graphql compiles a selection), instead of one more round trip per level.
// Pure: reads the operation's AST only. Anything it does not understand (directives, aliases with arguments that
// differ) simply means no prefetch: the DataLoaders still answer, one round trip per level.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import type { MeetingsInclude } from '../store/port.js';

/** Fields named `name` directly under `nodes`, through fragments and inline fragments. */
export function childFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], name: string): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD && s.name.value === name) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (s.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return out;
}

/** An argument's value (literal or variable); undefined when absent. */
export function argument(info: GraphQLResolveInfo, node: FieldNode, name: string): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  return arg === undefined ? undefined : valueOf(info, arg.value);
}

function valueOf(info: GraphQLResolveInfo, v: ValueNode): unknown {
  switch (v.kind) {
    case Kind.VARIABLE:
      return info.variableValues[v.name.value];
    case Kind.INT:
      return Number(v.value);
    case Kind.NULL:
      return null;
    case Kind.STRING:
    case Kind.ENUM:
      return v.value;
    default:
      return Symbol('unsupported');
  }
}

/**
 * For `meetings { participants { actor { statements(first: n) } } }`: the participations (only when some
 * `participants` takes no filter, the shape a prefetch answers), their actors, the actors' first statements.
 */
export function meetingsInclude(info: GraphQLResolveInfo): MeetingsInclude {
  const participants = childFields(info, info.fieldNodes, 'participants').filter((f) => !f.arguments?.length);
  if (participants.length === 0) return {};
  const actors = childFields(info, participants, 'actor');
  if (actors.length === 0) return { participants: true };
  const statements = childFields(info, actors, 'statements');
  const limits = statements.map((f) => (argument(info, f, 'after') == null ? argument(info, f, 'first') : 'cursor'));
  const [limit] = limits;
  // One statements field, paged by `first` only (or not at all): the store cuts each actor's list to it.
  const one =
    statements.length === 1 && (limit === undefined || limit === null || (typeof limit === 'number' && limit >= 0));
  return {
    participants: true,
    actors: true,
    actorStatements: one ? { limit: limit ?? null } : null,
  };
}
