'use client';

import type { EditorPageFields } from '@/lib/studio/editor-page';
import type { PageField } from '@/lib/studio/page-user-errors';
import styles from './page-editor.module.css';
import { StudioField } from './studio-field';

export interface PageFieldsFormProps {
  fields: EditorPageFields;
  errors: Partial<Record<PageField, string>>;
  onChange: (field: keyof EditorPageFields, value: string) => void;
}

/** Title, handle and search-engine fields of the page. */
export function PageFieldsForm({ fields, errors, onChange }: PageFieldsFormProps) {
  return (
    <section aria-labelledby="page-fields-heading" className={styles.fieldsGrid}>
      <h2 id="page-fields-heading" className={styles.heading}>
        Page
      </h2>
      <StudioField
        label="Title"
        required
        value={fields.title}
        onChange={(value) => onChange('title', value)}
        error={errors.title}
      />
      <StudioField
        label="Handle"
        required
        value={fields.handle}
        onChange={(value) => onChange('handle', value)}
        error={errors.handle}
        hint="Lowercase letters, digits and dashes; the page is at /pages/<handle>."
      />
      <StudioField
        label="SEO title"
        value={fields.seoTitle}
        onChange={(value) => onChange('seoTitle', value)}
        error={errors.seoTitle}
      />
      <StudioField
        label="SEO description"
        multiline
        value={fields.seoDescription}
        onChange={(value) => onChange('seoDescription', value)}
        error={errors.seoDescription}
      />
    </section>
  );
}
