'use client';

import { useRef, useState, type Dispatch } from 'react';
import { BLOCK_LABELS } from '@/lib/studio/block-types';
import type { EditorAction, EditorState } from '@/lib/studio/editor-state';
import type { PickerSources } from '@/lib/studio/picker-types';
import { AddBlockForm } from './add-block-form';
import { BlockCard, type FocusControl } from './block-card';
import { BlockFields } from './block-fields';
import type { ChosenImage } from './image-chooser';

export interface BlockListEditorProps {
  state: EditorState;
  dispatch: Dispatch<EditorAction>;
  titles: Record<string, string>;
  images: Record<string, ChosenImage>;
  onTitles: (more: Record<string, string>) => void;
  onImage: (id: string, image: ChosenImage) => void;
  sources: PickerSources;
  /** Shown when there are no blocks. */
  emptyText: string;
  /** The list's accessible name, where the page has more than one block list. */
  listLabel?: string;
  classNames: { list: string; status: string };
}

/**
 * A list of blocks being edited (a page's draft, or an A/B test's version b): add, edit, move by
 * button, keyboard or drag, remove. Focus follows the moved block and each move or removal is
 * announced; the blocks themselves live in the caller's editor reducer.
 */
export function BlockListEditor({
  state,
  dispatch,
  titles,
  images,
  onTitles,
  onImage,
  sources,
  emptyText,
  listLabel,
  classNames,
}: BlockListEditorProps) {
  const [focus, setFocus] = useState<{ control: FocusControl; tick: number }>({ control: 'card', tick: 0 });
  const [announcement, setAnnouncement] = useState('');
  const dragKey = useRef<string | null>(null);

  function act(action: EditorAction, control: FocusControl) {
    dispatch(action);
    setFocus((old) => ({ control, tick: old.tick + 1 }));
  }

  function move(key: string, from: number, to: number, control: FocusControl) {
    if (to < 0 || to >= state.blocks.length || from === to) return;
    act({ kind: 'moveTo', key, index: to }, control);
    const block = state.blocks[from]!;
    setAnnouncement(`${BLOCK_LABELS[block.type]} block moved to position ${to + 1} of ${state.blocks.length}.`);
  }

  return (
    <>
      <p role="status" className={classNames.status}>
        {announcement}
      </p>
      {state.blocks.length === 0 && <p>{emptyText}</p>}
      <ol className={classNames.list} aria-label={listLabel}>
        {state.blocks.map((block, index) => (
          <BlockCard
            key={block.key}
            block={block}
            index={index}
            count={state.blocks.length}
            focusControl={state.focusKey === block.key ? focus.control : null}
            focusTick={focus.tick}
            blockError={state.blockErrors[block.key]?.block}
            onMove={(by) => move(block.key, index, index + by, by < 0 ? 'up' : 'down')}
            onRemove={() => {
              act({ kind: 'remove', key: block.key }, 'card');
              setAnnouncement(`${BLOCK_LABELS[block.type]} block removed.`);
            }}
            onDragStart={(event) => {
              dragKey.current = block.key;
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', block.key);
            }}
            onDrop={(event) => {
              event.preventDefault();
              const key = dragKey.current;
              dragKey.current = null;
              const from = state.blocks.findIndex((other) => other.key === key);
              if (key && from >= 0) move(key, from, index, 'card');
            }}
          >
            <BlockFields
              block={block}
              errors={state.blockErrors[block.key] ?? {}}
              titles={titles}
              images={images}
              sources={sources}
              onSet={(field, value) => dispatch({ kind: 'set', key: block.key, field, value })}
              onTitles={onTitles}
              onImage={onImage}
            />
          </BlockCard>
        ))}
      </ol>
      <AddBlockForm onAdd={(type) => act({ kind: 'add', type }, 'card')} />
    </>
  );
}
