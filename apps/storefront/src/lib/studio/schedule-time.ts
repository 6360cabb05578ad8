// A scheduled publish is typed in the marketer's own time zone (a datetime-local input holds no
// zone) and sent as UTC. The browser passes its offset (Date#getTimezoneOffset: minutes to add
// to local time to get UTC), so the server never guesses the marketer's zone.

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `YYYY-MM-DDTHH:mm` at `offsetMinutes` → ISO UTC, or null when it is not such a value. */
export function fromLocalInput(value: string, offsetMinutes: number): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match || !Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  // Date.UTC rolls 2026-13-40 over into another date: refuse instead.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return new Date(utc + offsetMinutes * 60_000).toISOString();
}

/** ISO UTC → `YYYY-MM-DDTHH:mm` at `offsetMinutes`, for the input's value; '' for none. */
export function toLocalInput(iso: string | null | undefined, offsetMinutes: number): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  return new Date(time - offsetMinutes * 60_000).toISOString().slice(0, 16);
}

/**
 * The browser's offset (getTimezoneOffset) at the time a datetime-local value names, read as
 * local time: in December, a July time is in summer time. Today's offset for anything else.
 */
export function offsetAtLocal(value: string): number {
  const match = LOCAL_INPUT.exec(value);
  const time = match ? new Date(value) : null;
  return time && !Number.isNaN(time.getTime()) ? time.getTimezoneOffset() : new Date().getTimezoneOffset();
}

/** The browser's offset at an ISO instant (today's for an unreadable one). */
export function offsetAtInstant(iso: string): number {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? new Date().getTimezoneOffset() : time.getTimezoneOffset();
}
