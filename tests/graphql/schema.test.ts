// The schema keeps the public contract (no breaking change against ../shared/contract/contract.graphql) and
// matches the committed schema/api.graphql (regenerate with `npm run schema` after a deliberate change).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchema, printApiSchema } from '../../src/graphql/schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const contractPath = path.resolve(root, '../shared/contract/contract.graphql');
const hasContract = existsSync(contractPath);
if (!hasContract) console.warn(`!!! contract check SKIPPED: ${contractPath} is absent (no ../shared beside the repo)`);

describe('API schema', () => {
  it.skipIf(!hasContract)(
    'has no breaking change against the shared contract (skipped when ../shared is absent)',
    () => {
      const contract = buildSchema(readFileSync(contractPath, 'utf8'));
      const breaking = findBreakingChanges(contract, apiSchema());
      expect(breaking.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
      // Dangerous changes (a new enum value, a changed default) would surprise clients written against the
      // contract; new optional arguments (paging) and input fields (an article id) are extensions it invites.
      const invited = new Set(['OPTIONAL_ARG_ADDED', 'OPTIONAL_INPUT_FIELD_ADDED']);
      const dangerous = findDangerousChanges(contract, apiSchema()).filter((c) => !invited.has(c.type));
      expect(dangerous.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
    },
  );

  it('matches the committed schema/api.graphql (run `npm run schema` to regenerate)', async () => {
    // A file snapshot: CI never writes it, so a drift fails there; `npm run schema` (vitest -u) rewrites it.
    await expect(
      printApiSchema(),
      'schema/api.graphql is stale: run `npm run schema` and commit it',
    ).toMatchFileSnapshot(path.join(root, 'schema/api.graphql'));
  });

  it.each([
    ['Query', ['attendance', 'article', 'counts', 'actorsByName']],
    ['Meeting', ['evidence', 'windowStart', 'windowEnd', 'participantCount', 'statementCount', 'sourceCount']],
    ['Actor', ['participationCount', 'statementCount']],
    ['MeetingSeries', ['meetingCount']],
    ['Article', ['statements', 'meetings']],
    ['AttendanceMatrix', ['series', 'rounds', 'actors', 'cells']],
    ['AttendanceCell', ['round', 'meeting', 'actor', 'roles', 'participations']],
  ])('extends %s with %j', (typeName, fields) => {
    const type = apiSchema().getType(typeName);
    expect(type && 'getFields' in type ? Object.keys(type.getFields()) : []).toEqual(expect.arrayContaining(fields));
  });
});
