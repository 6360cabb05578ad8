import { PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { SignUpForm } from '@/components/account/sign-up-form';
import { SIGN_IN_PATH, returnToFrom, withReturnTo } from '@/lib/customers/return-to';
import styles from '../account.module.css';
import { signUp } from './actions';

export const metadata: Metadata = { title: 'Create an account' };

interface SignUpPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const returnTo = returnToFrom(await searchParams);
  return (
    <div className={styles.narrow}>
      <PageHeading title="Create an account" subtitle="Save your addresses and check out faster." />
      <SignUpForm action={signUp} returnTo={returnTo} signInHref={withReturnTo(SIGN_IN_PATH, returnTo)} />
    </div>
  );
}
