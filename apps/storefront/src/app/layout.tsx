import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { env } from '../env';

export const metadata: Metadata = {
  metadataBase: new URL(env.STOREFRONT_URL),
  title: { default: 'Northwind Supply', template: '%s · Northwind Supply' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
