import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next/navigation', () => ({ unstable_rethrow: vi.fn() }));
vi.mock('@/lib/studio/studio-guard', () => ({
  requireStudioStaff: async () => ({ token: 'staff-token-0123456789', member: { roles: ['ADMIN'] } }),
}));
const api = {
  getEditableProduct: vi.fn(),
  updateProduct: vi.fn(),
  updatePrices: vi.fn(),
  setStock: vi.fn(),
};
vi.mock('../products-api', () => api);
const { saveProduct } = await import('./actions');
const { initialProductEditorState, serializeLoaded } = await import('@/components/studio/product-editor-form');

const product = {
  id: 'gid://shop/Product/1',
  handle: 'tee',
  title: 'Tee',
  description: 'Soft.',
  tags: ['cotton'],
  currencyCode: 'EUR',
  available: { v1: 3, v2: 4 },
  variants: [
    { id: 'v1', title: 'S', price: { amount: '10.00' }, compareAtPrice: null },
    { id: 'v2', title: 'M', price: { amount: '10.00' }, compareAtPrice: null },
  ],
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.set('id', product.id);
  data.set('loaded', serializeLoaded(product));
  data.set('title', 'Tee');
  data.set('description', 'Soft.');
  data.set('tags', 'cotton');
  for (const variant of product.variants) data.set(`price:${variant.id}`, '10.00');
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('saveProduct', () => {
  beforeEach(() => {
    for (const call of Object.values(api)) call.mockReset();
    api.getEditableProduct.mockResolvedValue(product);
    api.updateProduct.mockResolvedValue([]);
    api.updatePrices.mockResolvedValue([]);
    api.setStock.mockResolvedValue([]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('keeps what was typed when the API cannot be reached, so nothing has to be typed again', async () => {
    api.updateProduct.mockRejectedValue(new Error('fetch failed'));
    const state = await saveProduct(initialProductEditorState, form({ title: 'Tee, organic', 'price:v1': '12.00' }));
    expect(state.message?.tone).toBe('error');
    expect(state.draft?.title).toBe('Tee, organic');
    expect(state.draft?.variants[0]?.price).toBe('12.00');
  });

  it('sends the product, price and stock changes at once, not one after another', async () => {
    const started: string[] = [];
    const pending: Array<() => void> = [];
    const hold = (name: string) => () =>
      new Promise<never[]>((resolve) => {
        started.push(name);
        pending.push(() => resolve([]));
      });
    api.updateProduct.mockImplementation(hold('product'));
    api.updatePrices.mockImplementation(hold('prices'));
    api.setStock.mockImplementation(hold('stock'));
    const saving = saveProduct(
      initialProductEditorState,
      form({ title: 'Tee, organic', 'price:v1': '12.00', 'stock:v1': '5', 'stock:v2': '6' }),
    );
    await vi.waitFor(() => expect(started.sort()).toEqual(['prices', 'product', 'stock', 'stock']));
    for (const release of pending) release();
    expect((await saving).message?.tone).toBe('success');
  });
});
