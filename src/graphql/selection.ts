// What a query selects below a field: lets a list resolver fetch the levels the query will ask for next in its
// own store read (the way @neo4j/graphql compiles a selection), instead of one more round trip per level.
// Pure: reads the operation's AST only. Anything it does not understand (directives, aliases with arguments that
// differ) simply means no prefetch: the DataLoaders still answer, one round trip per level.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import type {
  ActorField,
  MeetingField,
  MeetingsInclude,
  MeetingTreeShape,
  ParticipationField,
  StatementField,
} from '../store/port.js';

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

/** The plain-value fields of each level a meeting tree projects (port.ts), `__typename` answered by GraphQL. */
const MEETING_FIELDS: ReadonlySet<string> = new Set<MeetingField>([
  'id',
  'name',
  'round',
  'status',
  'startDate',
  'endDate',
  'windowStart',
  'windowEnd',
]);
const PARTICIPATION_FIELDS: ReadonlySet<string> = new Set<ParticipationField>(['id', 'role']);
const ACTOR_FIELDS: ReadonlySet<string> = new Set<ActorField>([
  'id',
  'kind',
  'name',
  'names',
  'aliases',
  'iso3',
  'title',
]);
const STATEMENT_FIELDS: ReadonlySet<string> = new Set<StatementField>(['id', 'kind', 'text', 'date', 'language']);

/** A level's fields by name (aliases merged), through fragments; null at any directive (@skip, @include). */
function fieldsByName(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Map<string, FieldNode[]> | null {
  const out = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const s of set?.selections ?? []) {
      if (s.directives?.length) return false;
      if (s.kind === Kind.FIELD) out.set(s.name.value, [...(out.get(s.name.value) ?? []), s]);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(s.selectionSet)) return false;
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment === undefined || fragment.directives?.length || !visit(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  for (const node of nodes) if (!visit(node.selectionSet)) return null;
  out.delete('__typename');
  return out;
}

/** The level's plain fields (names from `plain`) when every other field is one of `relations`, else null. */
function plainFields(
  fields: Map<string, FieldNode[]>,
  plain: ReadonlySet<string>,
  relations: readonly string[],
): string[] | null {
  const out: string[] = [];
  for (const [name, nodes] of fields) {
    if (relations.includes(name)) continue;
    // A plain field takes no arguments; anything else is a field this compiler does not know.
    if (!plain.has(name) || nodes.some((n) => n.arguments?.length)) return null;
    out.push(name);
  }
  return out;
}

/** `statements(first: n)` (all occurrences alike), as a store limit; null when it takes anything else. */
function statementsShape(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
): { limit: number | null; fields: StatementField[] } | null {
  const firsts = new Set<unknown>();
  for (const n of nodes) {
    if (n.arguments?.some((a) => a.name.value !== 'first')) return null;
    firsts.add(argument(info, n, 'first') ?? null);
  }
  const [first] = [...firsts];
  if (firsts.size !== 1 || !(first === null || (typeof first === 'number' && first >= 0))) return null;
  const below = fieldsByName(info, nodes);
  const fields = below && (plainFields(below, STATEMENT_FIELDS, []) as StatementField[] | null);
  return fields ? { limit: first, fields } : null;
}

/**
 * The shape of a `meetings` selection when the whole of it is made of what a meeting tree read answers (plain
 * fields, `participants` without filters, their `actor`, its `statements(first:)`), else null: the resolvers then
 * answer field by field through the DataLoaders, as for any other query.
 */
export function meetingTreeShape(info: GraphQLResolveInfo): MeetingTreeShape | null {
  const meeting = fieldsByName(info, info.fieldNodes);
  const meetingFields = meeting && (plainFields(meeting, MEETING_FIELDS, ['participants']) as MeetingField[] | null);
  if (!meeting || !meetingFields) return null;
  const participants = meeting.get('participants');
  if (participants === undefined) return { fields: meetingFields };
  if (participants.some((n) => n.arguments?.length)) return null;
  const part = fieldsByName(info, participants);
  const partFields = part && (plainFields(part, PARTICIPATION_FIELDS, ['actor']) as ParticipationField[] | null);
  if (!part || !partFields) return null;
  const actorNodes = part.get('actor');
  if (actorNodes === undefined) return { fields: meetingFields, participants: { fields: partFields } };
  const actor = fieldsByName(info, actorNodes);
  const actorFields = actor && (plainFields(actor, ACTOR_FIELDS, ['statements']) as ActorField[] | null);
  if (!actor || !actorFields) return null;
  const statementNodes = actor.get('statements');
  const statements = statementNodes === undefined ? undefined : statementsShape(info, statementNodes);
  if (statements === null) return null;
  return {
    fields: meetingFields,
    participants: { fields: partFields, actor: { fields: actorFields, ...(statements ? { statements } : {}) } },
  };
}
