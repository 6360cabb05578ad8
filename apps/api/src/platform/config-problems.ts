/** One problem with a setting: its name and what is wrong. */
export interface ConfigProblem {
  name: string;
  message: string;
}

/** zod's issues as setting problems (the path is the variable's name). */
export function problemsOf(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): ConfigProblem[] {
  return issues.map((issue) => ({ name: issue.path.map(String).join('.'), message: issue.message }));
}

/** Every problem at once, one a line, so an operator fixes them in one go. */
export function describeConfigProblems(problems: ConfigProblem[]): string {
  return `Invalid configuration:\n${problems.map((problem) => `  ${problem.name}: ${problem.message}`).join('\n')}`;
}
