import { describe, expect, it } from 'vitest';
import { formatStudioTime, pageStatusLabel } from './page-status';

describe('pageStatusLabel', () => {
  it('names the status, and unpublished changes of a live page', () => {
    expect(pageStatusLabel({ status: 'DRAFT', hasUnpublishedChanges: true })).toBe('Draft');
    expect(pageStatusLabel({ status: 'SCHEDULED', hasUnpublishedChanges: false })).toBe('Scheduled');
    expect(pageStatusLabel({ status: 'PUBLISHED', hasUnpublishedChanges: false })).toBe('Published');
    expect(pageStatusLabel({ status: 'PUBLISHED', hasUnpublishedChanges: true })).toBe(
      'Published (unpublished changes)',
    );
  });
});

describe('formatStudioTime', () => {
  it('shows a time with its zone, and a dash for none', () => {
    expect(formatStudioTime('2026-12-24T08:30:00.000Z')).toMatch(/24 Dec 2026.*08:30.*UTC/);
    expect(formatStudioTime('2026-12-24T08:30:00.000Z', 'Europe/Berlin')).toMatch(/09:30/);
    expect(formatStudioTime(null)).toBe('—');
  });
});
