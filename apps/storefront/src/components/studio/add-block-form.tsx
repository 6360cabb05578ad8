'use client';

import { useId, useState } from 'react';
import { BLOCK_LABELS, BLOCK_TYPES, type BlockType } from '@/lib/studio/block-types';
import styles from './page-editor.module.css';

export interface AddBlockFormProps {
  onAdd: (type: BlockType) => void;
}

/** Choose a block type, then add it at the end (it takes focus). */
export function AddBlockForm({ onAdd }: AddBlockFormProps) {
  const id = useId();
  const [type, setType] = useState<BlockType>('HeroBlock');
  return (
    <div className={styles.addBlock}>
      <label htmlFor={id}>Block type</label>
      <select id={id} value={type} onChange={(event) => setType(event.target.value as BlockType)}>
        {BLOCK_TYPES.map((blockType) => (
          <option key={blockType} value={blockType}>
            {BLOCK_LABELS[blockType]}
          </option>
        ))}
      </select>
      <button type="button" className={styles.secondary} onClick={() => onAdd(type)}>
        Add block
      </button>
    </div>
  );
}
