// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatRemaining, ReservationCountdown, reservationAnnouncement } from './reservation-countdown';
import { act, mount } from './test-mount';

describe('formatRemaining', () => {
  it('is minutes and zero-padded seconds, rounded up, never negative', () => {
    expect(formatRemaining(600)).toBe('10:00');
    expect(formatRemaining(65.2)).toBe('1:06');
    expect(formatRemaining(-3)).toBe('0:00');
  });
});

describe('reservationAnnouncement', () => {
  it('changes only at the thresholds', () => {
    const said = new Set([600, 400, 301].map(reservationAnnouncement));
    expect(said.size).toBe(1);
    expect(reservationAnnouncement(300)).toContain('5 minutes');
    expect(reservationAnnouncement(299)).toBe(reservationAnnouncement(121));
    expect(reservationAnnouncement(90)).toContain('2 minutes');
    expect(reservationAnnouncement(30)).toContain('1 minute');
    expect(reservationAnnouncement(0)).toContain('expired');
  });
});

describe('ReservationCountdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ticks the visible timer every second and tells the live region only at thresholds, then expires once', async () => {
    let clock = Date.parse('2026-12-03T10:00:00Z');
    const onExpire = vi.fn();
    const view = await mount(
      <ReservationCountdown until="2026-12-03T10:05:02Z" now={() => clock} onExpire={onExpire} />,
    );
    const timer = view.getByRole('timer');
    const status = view.getByRole('status');
    expect(timer.textContent).toBe('Items reserved for 5:02');
    const first = status.textContent;

    await act(async () => {
      clock += 1000;
      vi.advanceTimersByTime(1000);
    });
    expect(timer.textContent).toBe('Items reserved for 5:01');
    expect(status.textContent).toBe(first);

    await act(async () => {
      clock += 3000;
      vi.advanceTimersByTime(3000);
    });
    expect(status.textContent).toContain('5 minutes');

    await act(async () => {
      clock += 300_000;
      vi.advanceTimersByTime(300_000);
    });
    expect(timer.textContent).toBe('Reservation expired');
    expect(status.textContent).toContain('expired');
    expect(onExpire).toHaveBeenCalledTimes(1);
    await view.unmount();
  });

  it('renders nothing without a reservation', async () => {
    const view = await mount(<ReservationCountdown until={null} />);
    expect(view.container.innerHTML).toBe('');
    await view.unmount();
  });
});
