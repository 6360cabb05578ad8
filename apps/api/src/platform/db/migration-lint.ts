import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/api: squawk runs from here, so `.squawk.toml`'s excluded paths (`drizzle/…`) match. */
export const apiRoot = fileURLToPath(new URL('../../../', import.meta.url));
const squawkBin = join(dirname(createRequire(import.meta.url).resolve('squawk-cli/package.json')), 'js/bin/squawk');

/** One problem squawk found, as its JSON reporter gives it. */
export interface MigrationFinding {
  file: string;
  line: number;
  rule_name: string;
  message: string;
}

/**
 * Lints migrations with squawk under apps/api/.squawk.toml (rules excluded there with reasons,
 * released migrations excluded as history). Paths are relative to apps/api; the default is every
 * migration, of which only those newer than the last release are linted.
 */
export function lintMigrations(paths = ['drizzle/*.sql']): MigrationFinding[] {
  const args = [
    squawkBin,
    '--config',
    '.squawk.toml',
    '--no-error-on-unmatched-pattern',
    '--reporter',
    'json',
    ...paths,
  ];
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, args, {
      cwd: apiRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // squawk exits 1 when it found something; its report is still on stdout.
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    if (failed.status !== 1 || !failed.stdout) throw new Error(`squawk failed: ${failed.stderr ?? String(error)}`);
    stdout = failed.stdout;
  }
  return (JSON.parse(stdout) as MigrationFinding[]).map(({ file, line, rule_name, message }) => ({
    file,
    line,
    rule_name,
    message,
  }));
}

/** `drizzle/0014_x.sql:3: ban-drop-column: Dropping a column may break existing clients.` */
export function formatFinding(finding: MigrationFinding): string {
  return `${finding.file}:${finding.line}: ${finding.rule_name}: ${finding.message}`;
}
