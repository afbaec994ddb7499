// Meeting trees (port.ts meetingTree): the records a meetings query reads, cut to the properties it selects and
// linked level by level. Pure assembly shared by both adapters: the embedded store feeds it whole records from its
// ordinary reads, the Neo4j store the projected rows of one query, so both answer with the same tree.
import type { ActorRecord, MeetingRecord, ParticipationRecord, StatementRecord } from '../domain.js';
import type {
  ActorNode,
  MeetingNode,
  MeetingsInclude,
  MeetingsWith,
  MeetingTreeShape,
  ParticipationNode,
  StatementNode,
} from './port.js';

/** What a tree read needs of listMeetingsWith (the embedded store's way to a tree). */
export function includeOf(shape: MeetingTreeShape): MeetingsInclude {
  const actor = shape.participants?.actor;
  return {
    participants: shape.participants !== undefined,
    actors: actor !== undefined,
    actorStatements: actor?.statements ? { limit: actor.statements.limit } : null,
  };
}

/** The listed properties of a record (absent ones as null, as a record would hold them). */
function pick<T extends object>(record: Partial<T>, fields: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const f of fields) out[f] = record[f] ?? (null as T[keyof T]);
  return out;
}

/** Rows of one level, as either adapter read them: records (or projections of them) with their links. */
export interface TreeRows {
  meetings: readonly (Partial<MeetingRecord> & { id: string })[];
  /** Per meeting, in order, each participation with its actor's id; null when participants are not selected. */
  participations: readonly (readonly (Partial<ParticipationRecord> & { actorId: string })[])[] | null;
  actors: readonly (Partial<ActorRecord> & { id: string })[];
  /** Per entry of `actors`, already cut to the limit and ordered; null when statements are not selected. */
  actorStatements: readonly (readonly Partial<StatementRecord>[])[] | null;
}

export function assembleTree(rows: TreeRows, shape: MeetingTreeShape): MeetingNode[] {
  const parts = shape.participants;
  const actorShape = parts?.actor;
  const actors = new Map<string, ActorNode>();
  if (actorShape) {
    rows.actors.forEach((a, i) => {
      const node: ActorNode = { ...pick<ActorRecord>(a, actorShape.fields), id: a.id };
      const said = actorShape.statements;
      if (said) {
        node.statements = (rows.actorStatements?.[i] ?? []).map((s): StatementNode => pick(s, said.fields));
      }
      actors.set(a.id, node);
    });
  }
  return rows.meetings.map((m, i) => {
    const node: MeetingNode = { ...pick<MeetingRecord>(m, shape.fields), id: m.id };
    if (parts) {
      node.participants = (rows.participations?.[i] ?? []).map((p) => {
        const out: ParticipationNode = pick<ParticipationRecord>(p, parts.fields);
        if (actorShape) out.actor = actors.get(p.actorId);
        return out;
      });
    }
    return node;
  });
}

/** The tree from listMeetingsWith's answer (whole records). */
export function treeFromMeetingsWith(found: MeetingsWith, shape: MeetingTreeShape): MeetingNode[] {
  return assembleTree(
    {
      meetings: found.meetings,
      participations: found.participations,
      actors: found.actors,
      actorStatements: found.actorStatements,
    },
    shape,
  );
}
