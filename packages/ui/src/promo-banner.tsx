import styles from './promo-banner.module.css';

export interface PromoBannerProps {
  text: string;
  /** A path on the shop or an https URL, already checked by the caller; the whole line links there. */
  href?: string | null;
  /** INFO (default), SALE or WARNING; anything else reads as INFO. */
  tone?: string | null;
}

const TONES = { INFO: styles.info, SALE: styles.sale, WARNING: styles.warning } as const;

/** A one-line announcement across the page. A warning says so in words, not by colour alone. */
export function PromoBanner({ text, href, tone }: PromoBannerProps) {
  const key = tone && tone in TONES ? (tone as keyof typeof TONES) : 'INFO';
  const content = (
    <>
      {key === 'WARNING' && <span className={styles.label}>Warning: </span>}
      {text}
    </>
  );
  return (
    <div className={`${styles.banner} ${TONES[key]}`}>
      <p className={styles.text}>
        {href ? (
          <a href={href} className={styles.link}>
            {content}
          </a>
        ) : (
          content
        )}
      </p>
    </div>
  );
}
