/** Roles that may open the studio at all; each screen's API calls check their own roles again. */
export const STUDIO_ROLES = ['MARKETER', 'MERCHANDISER', 'ADMIN'] as const;

/** Roles that may edit pages and menus (the content subgraph's rule). */
export const PAGE_EDITOR_ROLES = ['MARKETER', 'ADMIN'] as const;

export function canUseStudio(roles: readonly string[]): boolean {
  return roles.some((role) => (STUDIO_ROLES as readonly string[]).includes(role));
}

export function canEditPages(roles: readonly string[]): boolean {
  return roles.some((role) => (PAGE_EDITOR_ROLES as readonly string[]).includes(role));
}

/** Roles that may set stock (inventorySet); MARKETER may change products and prices only. */
export const STOCK_ROLES = ['MERCHANDISER', 'ADMIN'] as const;

export function canSetStock(roles: readonly string[]): boolean {
  return roles.some((role) => (STOCK_ROLES as readonly string[]).includes(role));
}
