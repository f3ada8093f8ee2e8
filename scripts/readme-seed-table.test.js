// README.md's seeded-poll table is what the emulator seeds (who has voted in each poll included).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { seedTable, withTable } from './readme-seed-table.js';

test("README's seeded-poll table matches the emulator's seed", async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  assert.equal(withTable(readme, await seedTable()), readme, 'run node scripts/readme-seed-table.js');
});

test('the table names the voters of every poll', async () => {
  const table = await seedTable();
  assert.match(table, /^\| 1 \| 11 \| `im` \/ 101 \| .* \| 2, 3, 4, 5, 6 \|$/m);
  assert.match(table, /^\| 8 \| .* \| nobody \|$/m);
});
