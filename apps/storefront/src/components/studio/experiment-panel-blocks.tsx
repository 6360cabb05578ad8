'use client';

import { useState, type Dispatch } from 'react';
import type { EditorAction, EditorState } from '@/lib/studio/editor-state';
import type { PickerSources } from '@/lib/studio/picker-types';
import { BlockListEditor } from './block-list-editor';
import type { ChosenImage } from './image-chooser';
import styles from './experiment-panel.module.css';

export interface ExperimentPanelBlocksProps {
  state: EditorState;
  dispatch: Dispatch<EditorAction>;
  initialTitles: Record<string, string>;
  initialImages: Record<string, ChosenImage>;
  sources: PickerSources;
}

/** Version b's blocks, edited with the page editor's own block list. */
export function ExperimentPanelBlocks({
  state,
  dispatch,
  initialTitles,
  initialImages,
  sources,
}: ExperimentPanelBlocksProps) {
  const [titles, setTitles] = useState(initialTitles);
  const [images, setImages] = useState(initialImages);
  return (
    <div className={styles.blocks}>
      <BlockListEditor
        state={state}
        dispatch={dispatch}
        titles={titles}
        images={images}
        onTitles={(more) => setTitles((old) => ({ ...old, ...more }))}
        onImage={(id, image) => setImages((old) => ({ ...old, [id]: image }))}
        sources={sources}
        emptyText="Version b has no blocks yet: add the first one below."
        listLabel="Version b blocks"
        classNames={{ list: styles.blockList!, status: styles.srOnly! }}
      />
    </div>
  );
}
