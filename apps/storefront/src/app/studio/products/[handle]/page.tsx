import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProductEditor } from '@/components/studio/product-editor';
import { decodeRouteSegment } from '@/lib/studio/route-segment';
import { requireStudioStaff } from '@/lib/studio/studio-guard';
import { canSetStock } from '@/lib/studio/studio-roles';
import { getEditableProduct } from '../products-api';
import { saveProduct } from './actions';

export const metadata: Metadata = { title: 'Edit product' };

interface StudioProductPageProps {
  params: Promise<{ handle: string }>;
}

export default async function StudioProductPage({ params }: StudioProductPageProps) {
  const staff = await requireStudioStaff();
  const { handle } = await params;
  const decoded = decodeRouteSegment(handle);
  if (decoded === null) notFound();
  const product = await getEditableProduct(staff.token, { handle: decoded });
  if (!product) notFound();
  return (
    <div>
      <p>
        <Link href="/studio/products">All products</Link>
      </p>
      <h1>{product.title}</h1>
      <p>
        <a href={`/products/${product.handle}`} target="_blank" rel="noreferrer">
          View in the shop (opens a new tab)
        </a>
      </p>
      <ProductEditor
        product={product}
        currencyCode={product.currencyCode}
        available={product.available}
        canSetStock={canSetStock(staff.member.roles)}
        action={saveProduct}
      />
    </div>
  );
}
