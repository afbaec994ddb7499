// The contract's enums, registered with type-graphql from the domain's value lists (one source of truth).
import { registerEnumType } from 'type-graphql';
import { ACTOR_KINDS, MEETING_STATUSES, PARTICIPATION_ROLES, STATEMENT_KINDS } from '../../domain.js';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const ActorKindEnum = enumObject(ACTOR_KINDS);
export const ParticipationRoleEnum = enumObject(PARTICIPATION_ROLES);
export const MeetingStatusEnum = enumObject(MEETING_STATUSES);
export const StatementKindEnum = enumObject(STATEMENT_KINDS);

registerEnumType(ActorKindEnum, { name: 'ActorKind' });
registerEnumType(ParticipationRoleEnum, {
  name: 'ParticipationRole',
  description: 'Roles in a meeting. A person attends as a PARTICIPANT and names whom it represents.',
});
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });
registerEnumType(StatementKindEnum, { name: 'StatementKind' });
