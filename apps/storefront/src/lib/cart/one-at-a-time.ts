/**
 * Runs a click's async action unless the previous one is still on its way, in which case the
 * call is ignored: a double click on "Add to cart" adds one unit, not two. `busy` is a ref the
 * component keeps across renders (a state value would be stale in the second click's closure);
 * call this from the event handler, never during render.
 */
export async function oneAtATime(busy: { current: boolean }, action: () => Promise<void>): Promise<void> {
  if (busy.current) return;
  busy.current = true;
  try {
    await action();
  } finally {
    busy.current = false;
  }
}
