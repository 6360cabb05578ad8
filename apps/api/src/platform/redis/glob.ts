const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Reads one bracket class starting after `[`; returns its RegExp text and where it ended. */
function readClass(pattern: string, start: number): { source: string; end: number } | null {
  let i = start;
  const negate = pattern[i] === '^';
  if (negate) i++;
  let body = '';
  while (i < pattern.length && pattern[i] !== ']') {
    let char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) char = pattern[++i]!;
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      // Redis accepts reversed ranges ([z-a]); RegExp does not, so order the ends.
      const [low, high] = [char, pattern[i + 2]!].sort();
      body += `${escapeRegExp(low!)}-${escapeRegExp(high!)}`;
      i += 3;
    } else {
      body += escapeRegExp(char);
      i++;
    }
  }
  if (i >= pattern.length) return null;
  if (body === '') return { source: negate ? '[\\s\\S]' : '(?!)', end: i };
  return { source: `[${negate ? '^' : ''}${body}]`, end: i };
}

/** Redis's glob (KEYS, SCAN MATCH): `*`, `?`, `[abc]`, `[^a-z]`, backslash escapes. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') source += '[\\s\\S]*';
    else if (char === '?') source += '[\\s\\S]';
    else if (char === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else if (char === '[') {
      const bracket = readClass(pattern, i + 1);
      if (bracket) {
        source += bracket.source;
        i = bracket.end;
      } else source += '\\[';
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}
