import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './class-names';
import styles from './button.module.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary';
}

/** A native button; `type` keeps the HTML default ("submit"), so pass `type="button"` outside forms. */
export function Button({ variant = 'primary', className, ...rest }: ButtonProps) {
  return <button className={cx(styles.button, styles[variant], className)} {...rest} />;
}

export interface ButtonLinkProps {
  href: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary';
}

/** A link that looks like a button, for actions that navigate ("Shop the collection"). */
export function ButtonLink({ href, children, variant = 'primary' }: ButtonLinkProps) {
  return (
    <a href={href} className={cx(styles.button, styles[variant])}>
      {children}
    </a>
  );
}
