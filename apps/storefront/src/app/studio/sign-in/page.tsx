import { FormMessage, PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { StudioSignInForm } from '@/components/studio/studio-sign-in-form';
import styles from '../studio.module.css';
import { studioSignIn } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

interface StudioSignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StudioSignInPage({ searchParams }: StudioSignInPageProps) {
  const { denied } = await searchParams;
  return (
    <div className={styles.narrow}>
      <PageHeading title="Studio sign-in" subtitle="For the shop's staff." />
      {denied && (
        <FormMessage tone="error">
          This account cannot use the studio: it needs the MARKETER, MERCHANDISER or ADMIN role.
        </FormMessage>
      )}
      <StudioSignInForm action={studioSignIn} />
    </div>
  );
}
