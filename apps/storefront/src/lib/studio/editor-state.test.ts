import { describe, expect, it } from 'vitest';
import { editorReducer, initialEditorState, toBlockInputs, type EditorState } from './editor-state';

function stateWith(...types: Array<'HeroBlock' | 'RichTextBlock' | 'BannerBlock'>): EditorState {
  return types.reduce((state, type) => editorReducer(state, { kind: 'add', type }), initialEditorState([]));
}

describe('editor state', () => {
  it('starts from the stored blocks, each with a stable key', () => {
    const state = initialEditorState([
      { type: 'HeroBlock', data: { heading: 'Sale' } },
      { type: 'BannerBlock', data: { text: 'Free shipping' } },
    ]);
    expect(state.blocks.map((block) => block.type)).toEqual(['HeroBlock', 'BannerBlock']);
    expect(new Set(state.blocks.map((block) => block.key)).size).toBe(2);
    expect(state.dirty).toBe(false);
  });

  it('adds a block of the chosen type with that type’s empty fields, at the end, and focuses it', () => {
    const state = editorReducer(stateWith('HeroBlock'), { kind: 'add', type: 'BannerBlock' });
    expect(state.blocks.at(-1)).toMatchObject({ type: 'BannerBlock', data: { text: '', url: '', tone: 'INFO' } });
    expect(state.focusKey).toBe(state.blocks.at(-1)?.key);
    expect(state.dirty).toBe(true);
  });

  it('never gives two blocks the same key, even after a removal', () => {
    let state = stateWith('HeroBlock', 'BannerBlock');
    state = editorReducer(state, { kind: 'remove', key: state.blocks[0]!.key });
    state = editorReducer(state, { kind: 'add', type: 'RichTextBlock' });
    expect(new Set(state.blocks.map((block) => block.key)).size).toBe(state.blocks.length);
  });

  it('moves a block up and down, keeping focus on the moved block', () => {
    const start = stateWith('HeroBlock', 'RichTextBlock', 'BannerBlock');
    const [hero, rich, banner] = start.blocks.map((block) => block.key);
    const down = editorReducer(start, { kind: 'move', key: hero!, by: 1 });
    expect(down.blocks.map((block) => block.key)).toEqual([rich, hero, banner]);
    expect(down.focusKey).toBe(hero);
    const up = editorReducer(down, { kind: 'move', key: banner!, by: -2 });
    expect(up.blocks.map((block) => block.key)).toEqual([banner, rich, hero]);
  });

  it('ignores a move past either end', () => {
    const start = stateWith('HeroBlock', 'BannerBlock');
    const first = start.blocks[0]!.key;
    expect(editorReducer(start, { kind: 'move', key: first, by: -1 }).blocks).toEqual(start.blocks);
    const last = start.blocks[1]!.key;
    expect(editorReducer(start, { kind: 'move', key: last, by: 1 }).blocks).toEqual(start.blocks);
  });

  it('drops a dragged block at the index it was dropped on', () => {
    const start = stateWith('HeroBlock', 'RichTextBlock', 'BannerBlock');
    const [hero, rich, banner] = start.blocks.map((block) => block.key);
    const state = editorReducer(start, { kind: 'moveTo', key: banner!, index: 0 });
    expect(state.blocks.map((block) => block.key)).toEqual([banner, hero, rich]);
    const back = editorReducer(state, { kind: 'moveTo', key: banner!, index: 2 });
    expect(back.blocks.map((block) => block.key)).toEqual([hero, rich, banner]);
  });

  it('removes a block and moves focus to its neighbour', () => {
    const start = stateWith('HeroBlock', 'RichTextBlock', 'BannerBlock');
    const [hero, rich, banner] = start.blocks.map((block) => block.key);
    const state = editorReducer(start, { kind: 'remove', key: rich! });
    expect(state.blocks.map((block) => block.key)).toEqual([hero, banner]);
    expect(state.focusKey).toBe(banner);
    const last = editorReducer(state, { kind: 'remove', key: banner! });
    expect(last.focusKey).toBe(hero);
  });

  it('sets one field of one block and clears that field’s error', () => {
    let state = stateWith('HeroBlock', 'BannerBlock');
    const hero = state.blocks[0]!.key;
    state = { ...state, blockErrors: { [hero]: { heading: 'Must not be empty.', ctaUrl: 'Bad link.' } } };
    state = editorReducer(state, { kind: 'set', key: hero, field: 'heading', value: 'Summer sale' });
    expect(state.blocks[0]!.data.heading).toBe('Summer sale');
    expect(state.blocks[1]!.data).toEqual({ text: '', url: '', tone: 'INFO' });
    expect(state.blockErrors[hero]).toEqual({ ctaUrl: 'Bad link.' });
  });

  it('turns blocks into the API’s PageBlockInput, leaving out blank optional text', () => {
    let state = stateWith('HeroBlock');
    const hero = state.blocks[0]!.key;
    state = editorReducer(state, { kind: 'set', key: hero, field: 'heading', value: ' Sale ' });
    expect(toBlockInputs(state.blocks)).toEqual([{ type: 'HeroBlock', data: { heading: ' Sale ', imageId: null } }]);
  });

  it('marks the state saved and replaces the blocks with what the server kept', () => {
    let state = stateWith('HeroBlock');
    state = editorReducer(state, { kind: 'saved', blocks: [{ type: 'BannerBlock', data: { text: 'Hi' } }] });
    expect(state.dirty).toBe(false);
    expect(state.blocks).toHaveLength(1);
    expect(state.blocks[0]).toMatchObject({ type: 'BannerBlock', data: { text: 'Hi', url: '', tone: 'INFO' } });
  });
});
