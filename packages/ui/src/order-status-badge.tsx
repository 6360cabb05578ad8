import { cx } from './class-names';
import styles from './order-status-badge.module.css';

export type OrderStatusKind = 'financial' | 'fulfillment';

export interface OrderStatusBadgeProps {
  kind: OrderStatusKind;
  /** The API's enum value, e.g. PAID or UNFULFILLED. */
  status: string;
}

const LABELS: Record<string, string> = {
  PENDING: 'Payment pending',
  AUTHORIZED: 'Authorized',
  PAID: 'Paid',
  REFUNDED: 'Refunded',
  VOIDED: 'Voided',
  UNFULFILLED: 'Not shipped yet',
  IN_PROGRESS: 'Being prepared',
  FULFILLED: 'Shipped',
};

const TONES: Record<string, 'good' | 'neutral' | 'warning'> = {
  PAID: 'good',
  FULFILLED: 'good',
  AUTHORIZED: 'neutral',
  IN_PROGRESS: 'neutral',
  UNFULFILLED: 'neutral',
  PENDING: 'warning',
  REFUNDED: 'warning',
  VOIDED: 'warning',
};

/** An order's payment or shipping state in words (colour only repeats what the words say). */
export function OrderStatusBadge({ kind, status }: OrderStatusBadgeProps) {
  const label = LABELS[status] ?? status.toLowerCase().replace(/_/g, ' ');
  return (
    <span className={cx(styles.badge, styles[TONES[status] ?? 'neutral'])}>
      <span className="visually-hidden">{kind === 'financial' ? 'Payment: ' : 'Shipping: '}</span>
      {label}
    </span>
  );
}
