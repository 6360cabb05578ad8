import { emptyBlockData, isBlockType, OPTIONAL_TEXT_FIELDS, type BlockData, type BlockType } from './block-types';

// The block editor's state, kept in a reducer so every change (add, edit, reorder by drag or by
// keyboard, remove) is one pure, tested step. Keys are local and stable: React keeps a block's
// inputs (and focus) with it when it moves.

export interface EditorBlock {
  key: string;
  type: BlockType;
  data: BlockData;
}

export interface StoredBlock {
  type: string;
  data: unknown;
}

export interface EditorState {
  blocks: EditorBlock[];
  nextKey: number;
  /** The block that should hold focus after the last change (moved, added, or next to a removed one). */
  focusKey: string | null;
  /** Messages by block key and field (`block` for the block as a whole). */
  blockErrors: Record<string, Record<string, string>>;
  /** Changed since the last save. */
  dirty: boolean;
}

export type EditorAction =
  | { kind: 'add'; type: BlockType }
  | { kind: 'remove'; key: string }
  | { kind: 'move'; key: string; by: number }
  | { kind: 'moveTo'; key: string; index: number }
  | { kind: 'set'; key: string; field: string; value: unknown }
  | { kind: 'errors'; blockErrors: Record<string, Record<string, string>> }
  | { kind: 'saved'; blocks: readonly StoredBlock[] };

function fromStored(stored: readonly StoredBlock[], firstKey: number): EditorBlock[] {
  return stored.flatMap((block, index) => {
    if (!isBlockType(block.type)) return [];
    const data = block.data && typeof block.data === 'object' ? (block.data as BlockData) : {};
    return [{ key: `block-${firstKey + index}`, type: block.type, data: { ...emptyBlockData(block.type), ...data } }];
  });
}

export function initialEditorState(stored: readonly StoredBlock[]): EditorState {
  return { blocks: fromStored(stored, 0), nextKey: stored.length, focusKey: null, blockErrors: {}, dirty: false };
}

function moved(blocks: EditorBlock[], from: number, to: number): EditorBlock[] {
  const next = [...blocks];
  const [block] = next.splice(from, 1);
  next.splice(to, 0, block!);
  return next;
}

function withoutError(errors: EditorState['blockErrors'], key: string, field: string): EditorState['blockErrors'] {
  const own = errors[key];
  if (!own || !(field in own)) return errors;
  const { [field]: _cleared, ...rest } = own;
  return { ...errors, [key]: rest };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.kind) {
    case 'add': {
      const key = `block-${state.nextKey}`;
      const block: EditorBlock = { key, type: action.type, data: emptyBlockData(action.type) };
      return { ...state, blocks: [...state.blocks, block], nextKey: state.nextKey + 1, focusKey: key, dirty: true };
    }
    case 'remove': {
      const index = state.blocks.findIndex((block) => block.key === action.key);
      if (index < 0) return state;
      const blocks = state.blocks.filter((block) => block.key !== action.key);
      const neighbour = blocks[index] ?? blocks[index - 1] ?? null;
      const { [action.key]: _removed, ...blockErrors } = state.blockErrors;
      return { ...state, blocks, blockErrors, focusKey: neighbour?.key ?? null, dirty: true };
    }
    case 'move': {
      const index = state.blocks.findIndex((block) => block.key === action.key);
      return moveBlock(state, index, index + action.by);
    }
    case 'moveTo': {
      const index = state.blocks.findIndex((block) => block.key === action.key);
      return moveBlock(state, index, action.index);
    }
    case 'set': {
      const blocks = state.blocks.map((block) =>
        block.key === action.key ? { ...block, data: { ...block.data, [action.field]: action.value } } : block,
      );
      return { ...state, blocks, blockErrors: withoutError(state.blockErrors, action.key, action.field), dirty: true };
    }
    case 'errors':
      return { ...state, blockErrors: action.blockErrors };
    case 'saved':
      return {
        ...state,
        blocks: fromStored(action.blocks, state.nextKey),
        nextKey: state.nextKey + action.blocks.length,
        blockErrors: {},
        focusKey: null,
        dirty: false,
      };
  }
}

function moveBlock(state: EditorState, from: number, to: number): EditorState {
  if (from < 0 || to < 0 || to >= state.blocks.length || from === to) return state;
  const key = state.blocks[from]!.key;
  return { ...state, blocks: moved(state.blocks, from, to), focusKey: key, dirty: true };
}

/** The API's PageBlockInput list: optional text left blank is left out (the API stores null). */
export function toBlockInputs(blocks: readonly EditorBlock[]): { type: BlockType; data: BlockData }[] {
  return blocks.map((block) => {
    const optional = OPTIONAL_TEXT_FIELDS[block.type];
    const data = Object.fromEntries(
      Object.entries(block.data).filter(([field, value]) => !(optional.includes(field) && value === '')),
    );
    return { type: block.type, data };
  });
}
