import { safeDescriptionHtml } from '@/lib/catalog/safe-html';
import styles from './content-blocks.module.css';

/**
 * Marketer-written HTML. The API sanitises it on save; it is sanitised here again, because a row
 * written around the API (or by an older API) would otherwise reach every shopper from the edge.
 */
export function RichTextBlock({ html }: { html: string }) {
  return <div className={styles.richText} dangerouslySetInnerHTML={{ __html: safeDescriptionHtml(html) }} />;
}
