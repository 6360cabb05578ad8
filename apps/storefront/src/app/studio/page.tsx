import { EmptyState, FormMessage, PageHeading } from '@commerce/ui';
import { redirect } from 'next/navigation';
import { requireStudioStaff } from '@/lib/studio/studio-guard';
import { canEditPages } from '@/lib/studio/studio-roles';

interface StudioHomeProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Marketers start at their pages; merchandisers (no page role) at the products. */
export default async function StudioHome({ searchParams }: StudioHomeProps) {
  const staff = await requireStudioStaff();
  if (canEditPages(staff.member.roles)) redirect('/studio/pages');
  const { denied } = await searchParams;
  return (
    <>
      <PageHeading title="Studio" />
      {denied === 'pages' && <FormMessage tone="info">Pages and menus need the MARKETER role.</FormMessage>}
      <EmptyState title="Products and prices" action={{ label: 'Edit products', href: '/studio/products' }}>
        Titles, descriptions, tags and prices.
      </EmptyState>
    </>
  );
}
