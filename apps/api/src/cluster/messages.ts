// What a cluster worker tells its primary over the IPC channel (prom-client's metric requests
// share the channel; they carry types of their own).

/** Sent once the worker's services all listen: the primary counts it ready. */
export interface WorkerReady {
  type: 'commerce:worker-ready';
  services: { name: string; url: string }[];
}

export function isWorkerReady(message: unknown): message is WorkerReady {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'commerce:worker-ready' &&
    Array.isArray((message as { services?: unknown }).services)
  );
}
