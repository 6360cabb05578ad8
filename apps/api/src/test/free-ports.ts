/** Every service's port setting at 0: each test's API listens on ports the OS picks, so files run side by side. */
export const FREE_SERVICE_PORTS = {
  GATEWAY_PORT: '0',
  CATALOG_PORT: '0',
  INVENTORY_PORT: '0',
  CUSTOMERS_PORT: '0',
  CART_PORT: '0',
  CHECKOUT_PORT: '0',
  CONTENT_PORT: '0',
  WORKER_PORT: '0',
} as const;
