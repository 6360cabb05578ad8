import { within } from '@testing-library/dom';
import type { ReactElement } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';

// Tells React that updates are wrapped in act(), so effects and state settle before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Mounts a component into the test's DOM (files that use it run in happy-dom:
 * `// @vitest-environment happy-dom`), for behaviour that static markup cannot show:
 * clicks, keys, effects, focus.
 */
export async function mount(element: ReactElement) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    rerender: (next: ReactElement) => act(async () => root.render(next)),
    unmount: () => act(async () => root.unmount()).then(() => container.remove()),
    ...within(container),
  };
}

export { act };
