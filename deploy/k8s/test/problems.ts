/** One broken rule, naming the object (`Deployment/gateway`) so the message says what to fix. */
export interface Problem {
  object: string;
  message: string;
}

export const formatProblems = (problems: Problem[]) => problems.map((p) => `${p.object}: ${p.message}`).join('\n');
