import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './schedule-time';

describe('schedule time', () => {
  it('reads a datetime-local value in the marketer’s offset and sends UTC', () => {
    // 10:30 in UTC+02:00 is 08:30 UTC (the browser passes its offset in minutes, as getTimezoneOffset does).
    expect(fromLocalInput('2026-12-24T10:30', -120)).toBe('2026-12-24T08:30:00.000Z');
    expect(fromLocalInput('2026-12-24T10:30', 300)).toBe('2026-12-24T15:30:00.000Z');
  });

  it('refuses what a datetime-local input cannot hold', () => {
    expect(fromLocalInput('', 0)).toBeNull();
    expect(fromLocalInput('tomorrow', 0)).toBeNull();
    expect(fromLocalInput('2026-13-40T99:00', 0)).toBeNull();
  });

  it('shows a UTC time in the marketer’s offset', () => {
    expect(toLocalInput('2026-12-24T08:30:00.000Z', -120)).toBe('2026-12-24T10:30');
    expect(toLocalInput(null, 0)).toBe('');
  });
});
