import type { ReactNode } from 'react';
import { cx } from './class-names';
import styles from './form-message.module.css';

export interface FormMessageProps {
  tone: 'error' | 'success' | 'info';
  children: ReactNode;
}

/** Errors interrupt (role="alert"); other outcomes are announced politely (role="status"). */
export function FormMessage({ tone, children }: FormMessageProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cx(styles.message, styles[tone])}>
      <svg className={styles.icon} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        {tone === 'error' && (
          <path d="M10 5.5v5.5M10 13.5v1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        )}
        {tone === 'success' && (
          <path
            d="M6.5 10.2l2.4 2.4 4.6-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        )}
        {tone === 'info' && (
          <path d="M10 9v5.5M10 5.5v1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        )}
      </svg>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
