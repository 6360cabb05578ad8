import styles from './page-preview.module.css';

export interface PagePreviewProps {
  handle: string;
  /** Bumped after each save: a new src makes both frames load the draft again. */
  version: number;
}

/**
 * The draft as shoppers would see it, through Next.js draft mode (`/api/draft` checks the staff
 * cookie, then shows the page with `preview: true`), at a desktop and a phone width.
 */
export function PagePreview({ handle, version }: PagePreviewProps) {
  const src = `/api/draft?handle=${encodeURIComponent(handle)}&v=${version}`;
  return (
    <section aria-labelledby="preview-heading" className={styles.preview}>
      <h2 id="preview-heading" className={styles.heading}>
        Preview (draft)
      </h2>
      <div className={styles.frames}>
        <div className={styles.desktop}>
          <iframe src={src} title="Preview at desktop width, 1280 pixels" width={1280} height={800} loading="lazy" />
        </div>
        <div className={styles.mobile}>
          <iframe src={src} title="Preview at phone width, 390 pixels" width={390} height={800} loading="lazy" />
        </div>
      </div>
    </section>
  );
}
