import { NextResponse, type NextRequest } from 'next/server';
import { changeCart, loadCart } from '@/lib/cart/cart-api';
import { cartRequestSchema } from '@/lib/cart/cart-request';
import { isSameOriginJson } from '@/lib/cart/same-origin';

// The browser's cart: the cookie holds the id, this route reads it and calls the gateway as
// first party. Personal, so never stored by any cache.
const PRIVATE = { 'cache-control': 'private, no-store' };

export async function GET() {
  try {
    return NextResponse.json({ cart: await loadCart() }, { headers: PRIVATE });
  } catch (error) {
    console.error('cart lookup failed:', error instanceof Error ? error.message : error);
    return NextResponse.json({ cart: null, unavailable: true }, { status: 503, headers: PRIVATE });
  }
}

export async function POST(request: NextRequest) {
  if (!isSameOriginJson(request.headers)) {
    return NextResponse.json({ error: 'Send JSON from this shop.' }, { status: 403, headers: PRIVATE });
  }
  const parsed = cartRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Unreadable cart change.' }, { status: 400, headers: PRIVATE });
  }
  return NextResponse.json(await changeCart(parsed.data), { headers: PRIVATE });
}
