import { useId } from 'react';
import { Button } from './button';
import styles from './discount-code-form.module.css';

export interface DiscountCodeView {
  code: string;
  /** False when the code exists on the cart but gives nothing (minimum not met, expired). */
  applicable: boolean;
}

export interface DiscountCodeFormProps {
  codes: DiscountCodeView[];
  /**
   * One form for both actions: "Apply" submits the `code` field, each "Remove" submits
   * `remove=<code>` (the submitter's name and value travel in the form data).
   */
  action: string | ((formData: FormData) => void | Promise<void>);
  error?: string | null;
  pending?: boolean;
}

/** The discount code field and the codes already on the cart, each removable. */
export function DiscountCodeForm({ codes, action, error, pending }: DiscountCodeFormProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <form action={action} className={styles.form} aria-busy={pending || undefined}>
      <label htmlFor={id} className={styles.label}>
        Discount code
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="code"
          className={styles.input}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          Apply
        </Button>
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      {codes.length > 0 && (
        <ul className={styles.codes} aria-label="Applied discount codes">
          {codes.map((code) => (
            <li key={code.code} className={styles.code}>
              <span className={styles.codeName}>{code.code}</span>
              {!code.applicable && <span className={styles.notApplied}>not applicable to this cart</span>}
              <button type="submit" name="remove" value={code.code} className={styles.remove} disabled={pending}>
                Remove<span className="visually-hidden"> code {code.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
