import { describe, expect, it } from 'vitest';
import { fromLocalInput, offsetAtInstant, offsetAtLocal, toLocalInput } from './schedule-time';

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

  // Scheduled in December for a July sale: the offset that counts is July's (summer time), not
  // today's, or the page goes live an hour off and the panel shows the wrong hour back.
  it('takes the offset at the scheduled time, across a daylight-saving change', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      expect(offsetAtLocal('2027-07-01T09:00')).toBe(-120);
      expect(offsetAtLocal('2026-12-24T09:00')).toBe(-60);
      expect(offsetAtLocal('nonsense')).toBe(new Date().getTimezoneOffset());
      expect(fromLocalInput('2027-07-01T09:00', offsetAtLocal('2027-07-01T09:00'))).toBe('2027-07-01T07:00:00.000Z');
      expect(offsetAtInstant('2027-07-01T07:00:00.000Z')).toBe(-120);
      expect(toLocalInput('2027-07-01T07:00:00.000Z', offsetAtInstant('2027-07-01T07:00:00.000Z'))).toBe(
        '2027-07-01T09:00',
      );
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
