'use client';

import { Button } from '@commerce/ui';

export interface SubmitButtonProps {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary';
}

/**
 * Stays focusable while the action runs (aria-disabled, not disabled): a disabled button drops
 * keyboard focus to the page. The form itself ignores a second submit meanwhile.
 */
export function SubmitButton({ pending, label, pendingLabel, variant }: SubmitButtonProps) {
  return (
    <Button type="submit" variant={variant} aria-disabled={pending || undefined}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
