import { EmptyState } from '@commerce/ui';

export default function NotFound() {
  return (
    <EmptyState title="Page not found" action={{ label: 'Go to the home page', href: '/' }}>
      The page may have moved, or the product is no longer sold. Try searching for it.
    </EmptyState>
  );
}
