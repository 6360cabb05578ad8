import Link from 'next/link';
import styles from './studio-nav.module.css';

export interface StudioNavProps {
  email: string;
  roles: readonly string[];
  signOut: () => Promise<void>;
}

/** The studio's sections (Menus and Products are built beside Pages) and the sign-out button. */
export function StudioNav({ email, roles, signOut }: StudioNavProps) {
  return (
    <div className={styles.bar}>
      <nav aria-label="Studio">
        <ul className={styles.links}>
          <li>
            <Link href="/studio/pages">Pages</Link>
          </li>
          <li>
            <Link href="/studio/menus">Menus</Link>
          </li>
          <li>
            <Link href="/studio/products">Products</Link>
          </li>
        </ul>
      </nav>
      <form action={signOut} className={styles.account}>
        <span>
          {email} <span className={styles.roles}>({roles.join(', ')})</span>
        </span>
        <button type="submit" className={styles.signOut}>
          Sign out
        </button>
      </form>
    </div>
  );
}
