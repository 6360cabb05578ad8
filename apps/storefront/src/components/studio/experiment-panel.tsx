'use client';

import { FormMessage } from '@commerce/ui';
import { useRouter } from 'next/navigation';
import { useId, useReducer, useState, useTransition } from 'react';
import type { PageExperimentFieldsFragment } from '@/lib/graphql/generated/graphql';
import type { EditorPage } from '@/lib/studio/editor-page';
import { editorReducer, initialEditorState, toBlockInputs } from '@/lib/studio/editor-state';
import type { PickerSources } from '@/lib/studio/picker-types';
import { startExperimentAction, stopExperimentAction, type ExperimentActionResult } from './experiment-panel-actions';
import { ExperimentPanelBlocks } from './experiment-panel-blocks';
import { ExperimentPanelResults } from './experiment-panel-results';
import { mapExperimentUserErrors, SPLIT_OPTIONS } from './experiment-panel-state';
import type { ChosenImage } from './image-chooser';
import styles from './experiment-panel.module.css';

export interface ExperimentPanelProps extends PickerSources {
  pageId: string;
  /** Only a published page can be tested (the API says so too). */
  published: boolean;
  /** The page's blocks: version b starts as a copy of them. */
  blocks: EditorPage['blocks'];
  titles: Record<string, string>;
  images: Record<string, ChosenImage>;
  /** The page's test, running or stopped, or null. */
  experiment: PageExperimentFieldsFragment | null;
  /** The server actions to call; the panel's own by default. */
  start?: (pageId: string, blocks: unknown, splitPercent: number) => Promise<ExperimentActionResult>;
  stop?: (pageId: string, winner: string) => Promise<ExperimentActionResult>;
}

type Message = { tone: 'error' | 'success' | 'info'; text: string } | null;

/**
 * The page's A/B test: start one (version b's blocks and the split), follow its counts, stop it
 * keeping a winner. Mounted by the page editor's route:
 *
 *   <ExperimentPanel pageId={page.id} published={page.status === 'PUBLISHED'} blocks={editor.blocks}
 *     titles={titles} images={editor.images} experiment={page.experiment}
 *     searchProducts={searchProductsAction} listCollections={listCollectionsAction} />
 */
export function ExperimentPanel(props: ExperimentPanelProps) {
  const { pageId, published, blocks, titles, images, experiment, searchProducts, listCollections } = props;
  const { start = startExperimentAction, stop = stopExperimentAction } = props;
  const router = useRouter();
  const id = useId();
  const [setupOpen, setSetupOpen] = useState(false);
  const [versionB, dispatch] = useReducer(editorReducer, blocks, initialEditorState);
  const [split, setSplit] = useState(50);
  const [splitError, setSplitError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();
  const running = experiment?.status === 'RUNNING';

  const begin = () =>
    startTransition(async () => {
      const keys = versionB.blocks.map((block) => block.key);
      const result = await start(pageId, toBlockInputs(versionB.blocks), split);
      if (!result.ok) {
        const mapped = mapExperimentUserErrors(result.userErrors, keys);
        dispatch({ kind: 'errors', blockErrors: mapped.blocks });
        setSplitError(mapped.split);
        const text = [...mapped.form, result.message].filter(Boolean).join(' ');
        setMessage({ tone: 'error', text: text || 'Not started: please correct the fields marked below.' });
        return;
      }
      setSetupOpen(false);
      setSplitError(null);
      setMessage({ tone: 'success', text: `A/B test started: ${split}% of shoppers see version b.` });
      router.refresh();
    });

  const end = (winner: 'a' | 'b') =>
    startTransition(async () => {
      const result = await stop(pageId, winner);
      if (!result.ok) {
        const text = [...result.userErrors.map((error) => error.message), result.message].filter(Boolean).join(' ');
        setMessage({ tone: 'error', text: text || 'The test could not be stopped.' });
        return;
      }
      // Version b's blocks are now the page's (live and draft): reload so the editor shows them.
      if (winner === 'b') return window.location.reload();
      setMessage({ tone: 'success', text: 'A/B test stopped: the page keeps version a.' });
      router.refresh();
    });

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.panel}>
      <h2 id={`${id}-heading`}>A/B test</h2>
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      {running && experiment && (
        <>
          <p>
            Running since {new Date(experiment.startedAt).toUTCString()}: {experiment.splitPercent}% of shoppers see
            version b, the others the page as published.
          </p>
          <ExperimentPanelResults caption="Results so far" versions={experiment.versions} />
          <div className={styles.actions}>
            <button type="button" onClick={() => router.refresh()} disabled={pending}>
              Refresh counts
            </button>
            <button type="button" onClick={() => end('a')} disabled={pending}>
              Stop and keep version a
            </button>
            <button type="button" onClick={() => end('b')} disabled={pending}>
              Stop and keep version b
            </button>
          </div>
        </>
      )}
      {!running && experiment && (
        <ExperimentPanelResults
          caption={`Last test (stopped, kept version ${experiment.winner ?? 'a'})`}
          versions={experiment.versions}
          winner={experiment.winner}
        />
      )}
      {!running && !setupOpen && (
        <div className={styles.actions}>
          {!published && <p>Publish the page to test a second version of it.</p>}
          <button type="button" onClick={() => setSetupOpen(true)} disabled={!published}>
            Set up an A/B test
          </button>
        </div>
      )}
      {!running && setupOpen && (
        <div className={styles.setup}>
          <div className={styles.field}>
            <label htmlFor={`${id}-split`}>Shoppers who see version b</label>
            <select
              id={`${id}-split`}
              value={split}
              onChange={(event) => setSplit(Number(event.target.value))}
              aria-invalid={splitError ? true : undefined}
              aria-describedby={splitError ? `${id}-split-error` : undefined}
            >
              {SPLIT_OPTIONS.map((option) => (
                <option key={option} value={option}>
                  {option}%
                </option>
              ))}
            </select>
            {splitError && (
              <p id={`${id}-split-error`} className={styles.error}>
                {splitError}
              </p>
            )}
          </div>
          <h3>Version b</h3>
          <p>Starts as a copy of the page&rsquo;s blocks. Version a is the page as published.</p>
          <ExperimentPanelBlocks
            state={versionB}
            dispatch={dispatch}
            initialTitles={titles}
            initialImages={images}
            sources={{ searchProducts, listCollections }}
          />
          <div className={styles.actions}>
            <button type="button" className={styles.primary} onClick={begin} disabled={pending}>
              {pending ? 'Starting…' : 'Start the A/B test'}
            </button>
            <button type="button" onClick={() => setSetupOpen(false)} disabled={pending}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
