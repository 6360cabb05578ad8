/** The menus the shop shows: the header's and the footer's. */
export const STUDIO_MENUS = [
  { handle: 'main', label: 'Header menu' },
  { handle: 'footer', label: 'Footer menu' },
] as const;
