'use client';

import { useEffect, useRef, type DragEvent, type ReactNode } from 'react';
import { BLOCK_LABELS } from '@/lib/studio/block-types';
import type { EditorBlock } from '@/lib/studio/editor-state';
import styles from './block-card.module.css';

export type FocusControl = 'up' | 'down' | 'card';

export interface BlockCardProps {
  block: EditorBlock;
  index: number;
  count: number;
  /** Set when this block should take focus, on the control named; `focusTick` re-requests it. */
  focusControl: FocusControl | null;
  focusTick: number;
  blockError?: string;
  onMove: (by: number) => void;
  onRemove: () => void;
  onDragStart: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  children: ReactNode;
}

/**
 * One block: its fields, and moving it (Move up/down by keyboard, with focus kept on the button
 * pressed; or dragging the handle, HTML drag and drop) or removing it.
 */
export function BlockCard(props: BlockCardProps) {
  const { block, index, count, focusControl, focusTick, blockError, onMove, onRemove, onDragStart, onDrop } = props;
  const label = `${BLOCK_LABELS[block.type]} block ${index + 1}`;
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!focusControl) return;
    ({ up: upRef, down: downRef, card: cardRef })[focusControl].current?.focus();
  }, [focusControl, focusTick]);

  return (
    <li
      className={styles.card}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
      data-block-type={block.type}
    >
      <section ref={cardRef} tabIndex={-1} aria-label={label} className={styles.section}>
        <div className={styles.toolbar}>
          <span
            className={styles.handle}
            draggable
            onDragStart={onDragStart}
            title="Drag to reorder"
            aria-hidden="true"
          >
            ⠿
          </span>
          <h3 className={styles.title}>{label}</h3>
          <button
            ref={upRef}
            type="button"
            className={styles.button}
            aria-disabled={index === 0 || undefined}
            onClick={() => onMove(-1)}
          >
            Move up<span className={styles.hidden}> {label}</span>
          </button>
          <button
            ref={downRef}
            type="button"
            className={styles.button}
            aria-disabled={index === count - 1 || undefined}
            onClick={() => onMove(1)}
          >
            Move down<span className={styles.hidden}> {label}</span>
          </button>
          <button type="button" className={styles.remove} onClick={onRemove}>
            Remove<span className={styles.hidden}> {label}</span>
          </button>
        </div>
        {blockError && <p className={styles.error}>{blockError}</p>}
        <div className={styles.fields}>{props.children}</div>
      </section>
    </li>
  );
}
