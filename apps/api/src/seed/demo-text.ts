import { escapeMarkup } from '../platform/text.js';
// Small text helpers for the demo catalog; kept apart so the generators read as data.

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeMarkup(p)}</p>`).join('');
}

/** Integer cents to a two-place decimal string; money never goes through a float. */
export function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** "Blue", "Blue and Black", "Blue, Black and Grey". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Za-z]/.test(word) && word !== 'Co.')
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .slice(0, 3);
}

/** Hands out unique handles, adding -2, -3, … when a title repeats. */
export function createHandleRegistry(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const base = slugify(title);
    let handle = base;
    for (let n = 2; taken.has(handle); n += 1) handle = `${base}-${n}`;
    taken.add(handle);
    return handle;
  };
}
