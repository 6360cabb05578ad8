import { Button } from '@commerce/ui';

export interface SignOutFormProps {
  action: () => Promise<void>;
}

/** A plain form posting the sign-out action: it works before (and without) JavaScript. */
export function SignOutForm({ action }: SignOutFormProps) {
  return (
    <form action={action}>
      <Button type="submit" variant="secondary">
        Sign out
      </Button>
    </form>
  );
}
