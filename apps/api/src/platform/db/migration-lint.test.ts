import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiRoot, formatFinding, lintMigrations } from './migration-lint.js';

// A rolling deploy applies the new migrations while instances of the previous release still
// serve traffic against the same database. squawk (apps/api/.squawk.toml) fails the migrations
// that would break them: a new required column, a dropped or renamed column or table, a column
// type change, an index that blocks writes, a lock taken without lock_timeout
// (docs/schema-changes.md says what to do instead).

const fixtures = 'src/platform/db/migration-lint-fixtures';
const rules = (file: string) => [...new Set(lintMigrations([`${fixtures}/${file}`]).map((found) => found.rule_name))];

describe('migration lint', () => {
  it('passes the migrations since the last release', () => {
    expect(lintMigrations().map(formatFinding)).toEqual([]);
  });

  it('lists as history only migrations that exist', () => {
    const config = readFileSync(join(apiRoot, '.squawk.toml'), 'utf8');
    const history = [...config.matchAll(/^ {2}"(drizzle\/[^"]+)",$/gm)].map((match) => match[1]!);
    expect(history.length).toBeGreaterThan(10);
    expect(history.filter((path) => !existsSync(join(apiRoot, path)))).toEqual([]);
  });

  it.each([
    ['add-required-column.sql', 'adding-required-field'],
    ['drop-column.sql', 'ban-drop-column'],
    ['rename-column.sql', 'renaming-column'],
    ['drop-table.sql', 'ban-drop-table'],
    ['rename-table.sql', 'renaming-table'],
    ['change-column-type.sql', 'changing-column-type'],
    ['index-on-existing-table.sql', 'require-concurrent-index-creation'],
    ['no-lock-timeout.sql', 'require-lock-timeout'],
  ])('fails %s with %s', (file, rule) => {
    expect(rules(file)).toContain(rule);
  });

  it('passes an expand-only migration (nullable or defaulted column, new table and its index)', () => {
    expect(rules('safe.sql')).toEqual([]);
  });
});
