/** Stock (inventorySet) is MERCHANDISER's and ADMIN's; MARKETER may change products and prices only. */
export function canSetStock(roles: readonly string[]): boolean {
  return roles.includes('MERCHANDISER') || roles.includes('ADMIN');
}
