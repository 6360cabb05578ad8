import styles from './site-footer.module.css';

export interface SiteFooterProps {
  shopName: string;
  columns: { title: string; links: { label: string; href: string }[] }[];
  /** A closing line, e.g. "Prices include VAT. Free returns within 30 days." */
  note?: string;
}

/** The contentinfo landmark: link columns under headings, then the shop name and a note. */
export function SiteFooter({ shopName, columns, note }: SiteFooterProps) {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        {columns.length > 0 && (
          <div className={styles.columns}>
            {columns.map((column, columnIndex) => (
              <div key={`${columnIndex}:${column.title}`} className={styles.column}>
                <h2 className={styles.title}>{column.title}</h2>
                <ul className={styles.links} role="list">
                  {column.links.map((link, index) => (
                    <li key={`${index}:${link.href}`}>
                      <a href={link.href} className={styles.link}>
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
        <div className={styles.bottom}>
          <p className={styles.shopName}>{shopName}</p>
          {note && <p className={styles.note}>{note}</p>}
        </div>
      </div>
    </footer>
  );
}
