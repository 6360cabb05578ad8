'use client';

import { Button, FormMessage } from '@commerce/ui';
import { useRouter } from 'next/navigation';
import { useReducer, useState } from 'react';
import type { PageInput } from '@/lib/graphql/generated/graphql';
import type { EditorPage, SaveDraftResult } from '@/lib/studio/editor-page';
import { editorReducer, initialEditorState, toBlockInputs } from '@/lib/studio/editor-state';
import { mapPageUserErrors, type PageField } from '@/lib/studio/page-user-errors';
import type { PickerSources } from '@/lib/studio/picker-types';
import { BlockListEditor } from './block-list-editor';
import type { ChosenImage } from './image-chooser';
import styles from './page-editor.module.css';
import { PageFieldsForm } from './page-fields-form';
import { PagePreview } from './page-preview';

export interface PageEditorProps extends PickerSources {
  pageId: string;
  initial: EditorPage;
  initialTitles: Record<string, string>;
  saveDraft: (id: string, input: PageInput) => Promise<SaveDraftResult>;
}

type Message = { tone: 'error' | 'success'; text: string } | null;

/** The draft of one page: its fields and blocks, saved together; the preview reloads after each save. */
export function PageEditor({
  pageId,
  initial,
  initialTitles,
  saveDraft,
  searchProducts,
  listCollections,
}: PageEditorProps) {
  const router = useRouter();
  const [state, dispatch] = useReducer(editorReducer, initial.blocks, initialEditorState);
  const [fields, setFields] = useState(initial.fields);
  const [pageErrors, setPageErrors] = useState<Partial<Record<PageField, string>>>({});
  const [titles, setTitles] = useState(initialTitles);
  const [images, setImages] = useState<Record<string, ChosenImage>>(initial.images);
  const [savedHandle, setSavedHandle] = useState(initial.fields.handle);
  const [previewVersion, setPreviewVersion] = useState(0);
  const [message, setMessage] = useState<Message>(null);
  const [saving, setSaving] = useState(false);
  const [dirtyFields, setDirtyFields] = useState(false);

  async function save() {
    if (saving) return;
    setSaving(true);
    const keys = state.blocks.map((block) => block.key);
    const input: PageInput = {
      handle: fields.handle.trim(),
      title: fields.title.trim(),
      seo: { title: fields.seoTitle.trim() || null, description: fields.seoDescription.trim() || null },
      blocks: toBlockInputs(state.blocks),
    };
    try {
      const result = await saveDraft(pageId, input);
      if (!result.ok) {
        const mapped = mapPageUserErrors(result.userErrors, keys);
        setPageErrors(mapped.page);
        dispatch({ kind: 'errors', blockErrors: mapped.blocks });
        const text = [...mapped.form, result.message].filter(Boolean).join(' ');
        setMessage({ tone: 'error', text: text || 'Not saved: please correct the fields marked below.' });
        return;
      }
      dispatch({ kind: 'saved', blocks: result.page.blocks });
      setFields(result.page.fields);
      setTitles((old) => ({ ...old, ...result.titles }));
      setImages((old) => ({ ...old, ...result.page.images }));
      setPageErrors({});
      setDirtyFields(false);
      setPreviewVersion((version) => version + 1);
      setMessage({ tone: 'success', text: 'Draft saved. The preview shows it.' });
      if (result.handle !== savedHandle) {
        setSavedHandle(result.handle);
        router.replace(`/studio/pages/${encodeURIComponent(result.handle)}`);
      }
    } finally {
      setSaving(false);
    }
  }

  const unsaved = state.dirty || dirtyFields;

  return (
    <div className={styles.editor}>
      <div className={styles.main}>
        <PageFieldsForm
          fields={fields}
          errors={pageErrors}
          onChange={(name, value) => {
            setFields((old) => ({ ...old, [name]: value }));
            setPageErrors((old) => ({ ...old, [name]: undefined }));
            setDirtyFields(true);
          }}
        />
        <section aria-labelledby="blocks-heading" className={styles.blocks}>
          <h2 id="blocks-heading" className={styles.heading}>
            Blocks
          </h2>
          <BlockListEditor
            state={state}
            dispatch={dispatch}
            titles={titles}
            images={images}
            onTitles={(more) => setTitles((old) => ({ ...old, ...more }))}
            onImage={(id, image) => setImages((old) => ({ ...old, [id]: image }))}
            sources={{ searchProducts, listCollections }}
            emptyText="No blocks yet: add the first one below."
            classNames={{ list: styles.list!, status: styles.hidden! }}
          />
        </section>
        <div className={styles.saveBar}>
          {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
          <Button type="button" onClick={() => void save()} aria-disabled={saving || undefined}>
            {saving ? 'Saving…' : 'Save draft'}
          </Button>
          {unsaved && <span className={styles.unsaved}>Unsaved changes</span>}
        </div>
      </div>
      <PagePreview handle={savedHandle} version={previewVersion} />
    </div>
  );
}
