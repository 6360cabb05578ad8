import { notFound } from 'next/navigation';
import { getProduct } from '../../../../lib/catalog/get-product';
import { tagForId, tagPage } from '../../../../lib/cache-tags';

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

interface ProductPageProps {
  params: Promise<{ handle: string; selection?: string[] }>;
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { handle } = await params;
  const product = await getProduct(handle);
  if (!product) notFound();
  await tagPage([tagForId(product.id)]);
  return <h1>{product.title}</h1>;
}
