// Counts SQL statements sent by this process. Tests read it to prove that a page of N products
// costs the same number of statements as a page of 5; `/metrics` exports it for benchmarks.
let statements = 0;

export function countStatement(): void {
  statements += 1;
}

export function statementCount(): number {
  return statements;
}
