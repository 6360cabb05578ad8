'use client';

import { usePathname } from 'next/navigation';
import {
  createContext,
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useOptimistic,
  useState,
  type ReactNode,
} from 'react';
import type { CartRequest } from '@/lib/cart/cart-request';
import type { CartErrorView, CartView } from '@/lib/cart/cart-view';
import { applyOptimisticChange, type OptimisticCartChange } from '@/lib/cart/optimistic-cart';
import { recordAddToCartForLastView } from '@/lib/content/experiment-events';
import { fetchCart, postCart } from './cart-client';

// The drawer (lines, totals, quantity steppers, their images) is code no page needs before the
// shopper adds something: its chunk loads once the page is idle, or on the first open if sooner,
// instead of being parsed and hydrated before the first product image paints.
// Only ever mounted in the browser (after an open), so plain lazy() is enough: no server render to skip.
const loadDrawer = () => import('./cart-drawer-panel').then((module) => ({ default: module.CartDrawerPanel }));
const CartDrawerPanel = lazy(loadDrawer);

type AddChange = Omit<Extract<OptimisticCartChange, { type: 'add' }>, 'type'>;

export interface CartContextValue {
  /** The cart with any change still on its way already applied. */
  cart: CartView | null;
  status: 'loading' | 'ready' | 'failed';
  errors: CartErrorView[];
  drawerOpen: boolean;
  openDrawer(): void;
  closeDrawer(): void;
  add(line: AddChange): Promise<boolean>;
  update(lineId: string, quantity: number): Promise<boolean>;
  remove(lineId: string): Promise<boolean>;
  setDiscountCodes(codes: string[]): Promise<boolean>;
}

const CartContext = createContext<CartContextValue | null>(null);

export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error('useCart needs a CartProvider above it');
  return value;
}

/**
 * The cart for every page, fetched by the browser after load (cached pages hold nothing
 * personal) and again after each navigation, since signing in may have merged it. Changes show
 * at once (useOptimistic) and settle to the server's answer, prices included.
 */
export function CartProvider({ children }: { children: ReactNode }) {
  const [cart, setCart] = useState<CartView | null>(null);
  const [status, setStatus] = useState<CartContextValue['status']>('loading');
  const [errors, setErrors] = useState<CartErrorView[]>([]);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Mounted at the first open and kept: closing then works as before (focus goes back to the opener).
  const [drawerMounted, setDrawerMounted] = useState(false);
  const [optimisticCart, applyOptimistic] = useOptimistic(cart, applyOptimisticChange);
  const pathname = usePathname();

  useEffect(() => {
    // Fetch the drawer's code ahead of the first "Add to cart", once the page has nothing else to do.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
    idle(() => void loadDrawer());
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void fetchCart(controller.signal).then((response) => {
      if (controller.signal.aborted) return;
      if (response.ok) setCart(response.cart);
      setStatus(response.ok ? 'ready' : 'failed');
    });
    return () => controller.abort();
  }, [pathname]);

  const run = useCallback(
    (request: CartRequest, change: OptimisticCartChange | null) =>
      new Promise<boolean>((resolve) => {
        startTransition(async () => {
          if (change) applyOptimistic(change);
          const response = await postCart(request);
          // Updates after an await need their own transition to land with the optimistic state's end.
          startTransition(() => {
            if (response.ok) setCart(response.cart);
            setErrors(response.errors);
            setStatus('ready');
          });
          resolve(response.ok && response.errors.length === 0);
        });
      }),
    [applyOptimistic],
  );

  const value = useMemo<CartContextValue>(
    () => ({
      cart: optimisticCart,
      status,
      errors,
      drawerOpen,
      openDrawer: () => {
        setDrawerMounted(true);
        setDrawerOpen(true);
      },
      closeDrawer: () => setDrawerOpen(false),
      add: (line) =>
        run(
          { action: 'add', merchandiseId: line.merchandiseId, quantity: line.quantity },
          { type: 'add', ...line },
        ).then((added) => {
          // Counted for the version of a page under test this tab showed last, if any.
          if (added) recordAddToCartForLastView();
          return added;
        }),
      update: (lineId, quantity) => run({ action: 'update', lineId, quantity }, { type: 'update', lineId, quantity }),
      remove: (lineId) => run({ action: 'remove', lineId }, { type: 'remove', lineId }),
      setDiscountCodes: (codes) => run({ action: 'discount', codes }, null),
    }),
    [optimisticCart, status, errors, drawerOpen, run],
  );

  return (
    <CartContext.Provider value={value}>
      {children}
      {drawerMounted && (
        <Suspense>
          <CartDrawerPanel />
        </Suspense>
      )}
    </CartContext.Provider>
  );
}
