import { Logger, type LogLevel } from 'graphile-worker';
import { log } from '../log.js';

// graphile-worker's own messages go through platform/log.ts as JSON lines. Its metadata can carry
// the whole job row (payload included: ids, emails); only the scope (task, job id, worker) and an
// error's message/stack pass, never the payload.
const levels: Record<string, 'debug' | 'info' | 'warn' | 'error'> = {
  error: 'error',
  warning: 'warn',
  info: 'info',
  debug: 'debug',
};

export const graphileLogger = new Logger((scope) => (level: LogLevel, message: string, meta?: unknown) => {
  const error = (meta as { error?: unknown } | undefined)?.error;
  log[levels[level] ?? 'info'](firstLine(message), {
    component: 'worker',
    task: scope.taskIdentifier,
    jobId: scope.jobId,
    workerId: scope.workerId,
    ...(error instanceof Error ? { error } : {}),
  });
});

// The failure message repeats the stack indented; the `error` field already has it.
function firstLine(message: string): string {
  const end = message.indexOf('\n');
  return end === -1 ? message : message.slice(0, end);
}
