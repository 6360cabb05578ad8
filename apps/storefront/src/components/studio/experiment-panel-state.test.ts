import { describe, expect, it } from 'vitest';
import {
  conversionRate,
  experimentVersionRows,
  mapExperimentUserErrors,
  SPLIT_OPTIONS,
  splitFrom,
} from './experiment-panel-state';

describe('SPLIT_OPTIONS and splitFrom', () => {
  it('offers 10 to 90 in steps of 10, and reads only those', () => {
    expect(SPLIT_OPTIONS).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(splitFrom('30')).toBe(30);
    for (const bad of ['0', '5', '35', '100', 'x', '', null]) expect(splitFrom(bad), String(bad)).toBeNull();
  });
});

describe('conversionRate', () => {
  it('is add-to-carts per view as a percentage with one decimal, a dash before any view', () => {
    expect(conversionRate(0, 0)).toBe('—');
    expect(conversionRate(200, 9)).toBe('4.5%');
    expect(conversionRate(3, 1)).toBe('33.3%');
  });
});

describe('experimentVersionRows', () => {
  it('lists a then b with counts and rates, and marks the better converting one when both have views', () => {
    const rows = experimentVersionRows([
      { key: 'b', views: 100, addsToCart: 12 },
      { key: 'a', views: 100, addsToCart: 8 },
    ]);
    expect(rows).toEqual([
      { key: 'a', label: 'Version a (the page)', views: 100, addsToCart: 8, rate: '8.0%', leading: false },
      { key: 'b', label: 'Version b', views: 100, addsToCart: 12, rate: '12.0%', leading: true },
    ]);
  });

  it('marks no leader on a tie or before views', () => {
    const rows = experimentVersionRows([
      { key: 'a', views: 0, addsToCart: 0 },
      { key: 'b', views: 0, addsToCart: 0 },
    ]);
    expect(rows.map((row) => row.leading)).toEqual([false, false]);
  });
});

describe('mapExperimentUserErrors', () => {
  it('puts block errors under version b’s block and field, the split under the split', () => {
    const mapped = mapExperimentUserErrors(
      [
        { field: ['blocks', '1', 'data', 'heading'], message: 'Must not be empty.', code: 'INVALID' },
        { field: ['splitPercent'], message: 'Use 10, 20, … or 90.', code: 'INVALID' },
        { field: ['id'], message: 'Publish the page before testing it.', code: 'INVALID' },
      ],
      ['block-0', 'block-1'],
    );
    expect(mapped.blocks).toEqual({ 'block-1': { heading: 'Must not be empty.' } });
    expect(mapped.split).toBe('Use 10, 20, … or 90.');
    expect(mapped.form).toEqual(['Publish the page before testing it.']);
  });
});
