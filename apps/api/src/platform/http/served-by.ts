// Outside production a cluster worker names itself on every response (`x-api-process: <pid>`),
// so a developer and the cluster's tests see which process answered. Production never says: a
// process id helps nobody outside and tells an attacker how many processes there are.
let processHeader: string | null = null;

/** Called once, before any service starts, by a cluster worker outside production. */
export function nameProcessInResponses(): void {
  processHeader = String(process.pid);
}

/** The `x-api-process` value this process sends, or null when it sends none. */
export function servedByHeader(): string | null {
  return processHeader;
}
