import { PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { SignInForm } from '@/components/account/sign-in-form';
import { SIGN_UP_PATH, returnToFrom, withReturnTo } from '@/lib/customers/return-to';
import styles from '../account.module.css';
import { signIn } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const returnTo = returnToFrom(await searchParams);
  return (
    <div className={styles.narrow}>
      <PageHeading title="Sign in" subtitle="Welcome back. Sign in to see your addresses and orders." />
      <SignInForm action={signIn} returnTo={returnTo} signUpHref={withReturnTo(SIGN_UP_PATH, returnTo)} />
    </div>
  );
}
