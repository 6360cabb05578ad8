'use client';

import { useEffect, useState } from 'react';
import { cx } from './class-names';
import styles from './reservation-countdown.module.css';

export interface ReservationCountdownProps {
  /** ISO time until which the stock is held; null when nothing is held. */
  until: string | null;
  /** Called once when the time runs out, e.g. to show how to reserve again. */
  onExpire?: () => void;
  /** The clock, replaceable in tests. */
  now?: () => number;
}

/** "9:05": minutes and seconds left, never negative. */
export function formatRemaining(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * What the polite live region says at this moment. It changes only at a few thresholds, so a
 * screen reader hears "5 minutes left" once rather than a number every second.
 */
export function reservationAnnouncement(seconds: number): string {
  if (seconds <= 0) return 'Your reservation has expired. Items may no longer be available.';
  if (seconds <= 60) return 'Less than 1 minute left to complete your order.';
  if (seconds <= 120) return 'Less than 2 minutes left to complete your order.';
  if (seconds <= 300) return 'Less than 5 minutes left to complete your order.';
  return 'Your items are reserved while you check out.';
}

/**
 * The visible countdown of a checkout's reservation. The ticking clock is a `timer` (not
 * announced); a separate status region speaks only at the thresholds above. Until mounted it
 * shows no time: the server's clock and the browser's differ, and a mismatch would be wrong.
 */
export function ReservationCountdown({ until, onExpire, now = Date.now }: ReservationCountdownProps) {
  const deadline = until ? Date.parse(until) : Number.NaN;
  const [seconds, setSeconds] = useState<number | null>(null);

  useEffect(() => {
    if (Number.isNaN(deadline)) return;
    let expired = false;
    const tick = () => {
      const left = (deadline - now()) / 1000;
      setSeconds(left);
      if (left <= 0 && !expired) {
        expired = true;
        onExpire?.();
      }
      return left;
    };
    if (tick() <= 0) return;
    const timer = setInterval(() => {
      if (tick() <= 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline, now, onExpire]);

  if (Number.isNaN(deadline)) return null;
  const expired = seconds != null && seconds <= 0;
  const announcement = seconds == null ? '' : reservationAnnouncement(seconds);
  return (
    <div
      className={cx(styles.countdown, expired && styles.expired, seconds != null && seconds <= 120 && styles.urgent)}
    >
      <p role="timer" aria-atomic="true" className={styles.clock}>
        {expired ? (
          'Reservation expired'
        ) : (
          <>
            Items reserved for{' '}
            <span className={styles.time}>{seconds == null ? '–:––' : formatRemaining(seconds)}</span>
          </>
        )}
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
