'use client';

import { useRef, useState, type Dispatch } from 'react';
import { BLOCK_LABELS } from '@/lib/studio/block-types';
import type { EditorAction, EditorState } from '@/lib/studio/editor-state';
import type { PickerSources } from '@/lib/studio/picker-types';
import { AddBlockForm } from './add-block-form';
import { BlockCard, type FocusControl } from './block-card';
import { BlockFields } from './block-fields';
import type { ChosenImage } from './image-chooser';
import styles from './experiment-panel.module.css';

export interface ExperimentPanelBlocksProps {
  state: EditorState;
  dispatch: Dispatch<EditorAction>;
  initialTitles: Record<string, string>;
  initialImages: Record<string, ChosenImage>;
  sources: PickerSources;
}

/**
 * Version b's blocks, with the page editor's own parts (BlockCard, BlockFields, AddBlockForm and
 * its reducer): add, edit, move by button or drag, remove.
 */
export function ExperimentPanelBlocks({
  state,
  dispatch,
  initialTitles,
  initialImages,
  sources,
}: ExperimentPanelBlocksProps) {
  const [titles, setTitles] = useState(initialTitles);
  const [images, setImages] = useState(initialImages);
  const [focus, setFocus] = useState<{ control: FocusControl; tick: number }>({ control: 'card', tick: 0 });
  const [announcement, setAnnouncement] = useState('');
  const dragKey = useRef<string | null>(null);

  const act = (action: EditorAction, control: FocusControl) => {
    dispatch(action);
    setFocus((old) => ({ control, tick: old.tick + 1 }));
  };
  const move = (key: string, from: number, to: number, control: FocusControl) => {
    if (to < 0 || to >= state.blocks.length || from === to) return;
    act({ kind: 'moveTo', key, index: to }, control);
    setAnnouncement(`${BLOCK_LABELS[state.blocks[from]!.type]} block moved to position ${to + 1}.`);
  };

  return (
    <div className={styles.blocks}>
      <p role="status" className={styles.srOnly}>
        {announcement}
      </p>
      {state.blocks.length === 0 && <p>Version b has no blocks yet: add the first one below.</p>}
      <ol className={styles.blockList} aria-label="Version b blocks">
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
            onRemove={() => act({ kind: 'remove', key: block.key }, 'card')}
            onDragStart={(event) => {
              dragKey.current = block.key;
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', block.key);
            }}
            onDrop={(event) => {
              event.preventDefault();
              const from = state.blocks.findIndex((other) => other.key === dragKey.current);
              if (dragKey.current && from >= 0) move(dragKey.current, from, index, 'card');
              dragKey.current = null;
            }}
          >
            <BlockFields
              block={block}
              errors={state.blockErrors[block.key] ?? {}}
              titles={titles}
              images={images}
              sources={sources}
              onSet={(field, value) => dispatch({ kind: 'set', key: block.key, field, value })}
              onTitles={(more) => setTitles((old) => ({ ...old, ...more }))}
              onImage={(id, image) => setImages((old) => ({ ...old, [id]: image }))}
            />
          </BlockCard>
        ))}
      </ol>
      <AddBlockForm onAdd={(type) => act({ kind: 'add', type }, 'card')} />
    </div>
  );
}
