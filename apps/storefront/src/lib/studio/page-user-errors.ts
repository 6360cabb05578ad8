// Sorts a page mutation's userErrors by where the editor shows them. Paths follow the content
// API: ["input", "blocks", "<i>", "data", "<field>", …], ["input", "handle"], ["input", "seo",
// "title"], ["publishAt"]. Block indexes become the editor's block keys, as they were at save.

export interface PageUserErrorShape {
  field: readonly string[] | null;
  message: string;
  code: string | null;
}

export type PageField = 'handle' | 'title' | 'seoTitle' | 'seoDescription' | 'publishAt';

export interface MappedPageErrors {
  page: Partial<Record<PageField, string>>;
  blocks: Record<string, Record<string, string>>;
  form: string[];
}

function pageField(path: readonly string[]): PageField | null {
  const joined = path.join('.');
  switch (joined) {
    case 'input.handle':
    case 'handle':
      return 'handle';
    case 'input.title':
      return 'title';
    case 'input.seo.title':
      return 'seoTitle';
    case 'input.seo.description':
      return 'seoDescription';
    case 'publishAt':
      return 'publishAt';
    default:
      return null;
  }
}

function append(target: Record<string, string>, field: string, message: string): void {
  target[field] = target[field] ? `${target[field]} ${message}` : message;
}

export function mapPageUserErrors(
  userErrors: readonly PageUserErrorShape[],
  blockKeys: readonly string[],
): MappedPageErrors {
  const mapped: MappedPageErrors = { page: {}, blocks: {}, form: [] };
  for (const error of userErrors) {
    const path = error.field ?? [];
    const field = pageField(path);
    if (field) {
      append(mapped.page, field, error.message);
      continue;
    }
    const key =
      path[0] === 'input' && path[1] === 'blocks' && path[2] !== undefined ? blockKeys[Number(path[2])] : undefined;
    if (key && /^\d+$/.test(path[2]!)) {
      const blockField = path[3] === 'data' && path[4] ? path[4] : 'block';
      append((mapped.blocks[key] ??= {}), blockField, error.message);
      continue;
    }
    if (!mapped.form.includes(error.message)) mapped.form.push(error.message);
  }
  return mapped;
}
