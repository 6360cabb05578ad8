import '@commerce/ui/styles.css';
import { CartBadge, SiteFooter, SiteHeader } from '@commerce/ui';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AccountGreeting } from '../components/account/account-greeting';
import { env } from '../env';
import { FOOTER_COLUMNS, MAIN_NAVIGATION, SHOP_NAME } from '../lib/site';
import styles from './layout.module.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.STOREFRONT_URL),
  title: { default: SHOP_NAME, template: `%s · ${SHOP_NAME}` },
  description: 'Everyday apparel, footwear and accessories, built to last and priced fairly.',
  openGraph: { siteName: SHOP_NAME, type: 'website' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' };

// Nothing personal renders here: every page below is cached whole at the edge. The cart count
// and the signed-in state arrive from the browser.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader
          shopName={SHOP_NAME}
          homeHref="/"
          navigation={MAIN_NAVIGATION}
          search={{ action: '/search', name: 'q', placeholder: 'Search products' }}
          accountHref="/account"
          accountLabel={<AccountGreeting />}
          cartSlot={<CartBadge href="/cart" count={null} />}
        />
        <main id="main" className={styles.main}>
          {children}
        </main>
        <SiteFooter
          shopName={SHOP_NAME}
          columns={FOOTER_COLUMNS}
          note="Demo shop: prices and products are generated."
        />
      </body>
    </html>
  );
}
