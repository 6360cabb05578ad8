import '@commerce/ui/styles.css';
import { SiteFooter, SiteHeader } from '@commerce/ui';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AccountGreeting } from '../components/account/account-greeting';
import { CartProvider } from '../components/cart/cart-provider';
import { HeaderCart } from '../components/cart/header-cart';
import { env } from '../env';
import { getSiteMenus } from '../lib/content/get-site-menus';
import { footerColumnsFromMenu, navigationFromMenu } from '../lib/content/site-menus';
import { FOOTER_COLUMNS, MAIN_NAVIGATION, SHOP_NAME } from '../lib/site';
import styles from './layout.module.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.STOREFRONT_URL),
  title: { default: SHOP_NAME, template: `%s · ${SHOP_NAME}` },
  description: 'Everyday apparel, footwear and accessories, built to last and priced fairly.',
  openGraph: { siteName: SHOP_NAME, type: 'website' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' };

// Nothing personal renders here: every page below is cached whole at the edge. The cart (count,
// drawer) and the signed-in state arrive from the browser after load. The header and footer
// links are the marketers' `main` and `footer` menus (tagged `menu:<handle>`), or the built-in ones.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const menus = await getSiteMenus();
  return (
    <html lang="en">
      <body>
        <CartProvider>
          <SiteHeader
            shopName={SHOP_NAME}
            homeHref="/"
            navigation={navigationFromMenu(menus.main, MAIN_NAVIGATION)}
            search={{ action: '/search', name: 'q', placeholder: 'Search products' }}
            accountHref="/account"
            accountLabel={<AccountGreeting />}
            cartSlot={<HeaderCart />}
          />
          <main id="main" className={styles.main}>
            {children}
          </main>
          <SiteFooter
            shopName={SHOP_NAME}
            columns={footerColumnsFromMenu(menus.footer, FOOTER_COLUMNS)}
            note="Demo shop: prices and products are generated."
          />
        </CartProvider>
      </body>
    </html>
  );
}
