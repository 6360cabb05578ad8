// JSON lines on stdout/stderr: one object per event, easy to ship and to grep.
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold: Level = 'info';

export function setLogLevel(level: Level): void {
  threshold = level;
}

function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < order[threshold]) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, message };
  for (const [key, value] of Object.entries(fields)) entry[key] = value instanceof Error ? describeError(value) : value;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${JSON.stringify(entry)}\n`);
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};

// drizzle puts a failed statement's parameters in the error message ("params: …"): those can be
// emails, tokens or addresses, so they never reach the log. The statement and the cause stay.
function describeError(error: Error): Record<string, unknown> {
  const redact = (text: string | undefined) =>
    text?.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, '\nparams: [redacted]');
  const cause =
    error.cause instanceof Error
      ? { message: error.cause.message, code: (error.cause as { code?: string }).code }
      : undefined;
  return { name: error.name, message: redact(error.message), stack: redact(error.stack), cause };
}
