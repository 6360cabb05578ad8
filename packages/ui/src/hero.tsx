import type { ReactNode } from 'react';
import { ButtonLink } from './button';
import { cx } from './class-names';
import styles from './hero.module.css';

export interface HeroProps {
  title: string;
  text?: string | null;
  action?: { label: string; href: string } | null;
  image?: ReactNode;
  /** The hero usually carries the page's h1 (the home page); use 2 below another h1. */
  headingLevel?: 1 | 2;
}

/** Opening banner: text beside the image on wide screens, image above text on phones. */
export function Hero({ title, text, action, image, headingLevel = 1 }: HeroProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={cx(styles.hero, image != null && styles.withImage)}>
      <div className={styles.content}>
        <Heading className={styles.title}>{title}</Heading>
        {text && <p className={styles.text}>{text}</p>}
        {action && (
          <div className={styles.action}>
            <ButtonLink href={action.href}>{action.label}</ButtonLink>
          </div>
        )}
      </div>
      {image != null && <div className={styles.media}>{image}</div>}
    </section>
  );
}
