import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.js';
import { searchTerms } from './tables.js';

const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 8;
const ALTERNATIVES_PER_WORD = 5;
// Only words nearly as close as the closest count: "backpak" means "backpack" (0.6), not also
// "back" (0.44), which would flood the results.
const NEAR_BEST = 0.1;

const searchQueryRow = z.object({ tsquery: z.string().nullable() });

/**
 * Turns what a shopper typed into a tsquery that tolerates typos, in one statement:
 * each word is stemmed as the catalog is (`to_tsvector('english')`), then matched against the
 * catalog's own words (`searchTerms`) by trigram similarity, so "snekers" is read as
 * "sneaker". Each word becomes (its closest catalog words | itself as a prefix); words are ANDed.
 * Returns null when nothing searchable is left (empty input, only punctuation or stop words).
 */
export async function buildSearchQuery(db: Db, text: string): Promise<string | null> {
  const cleaned = text
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .trim();
  if (!cleaned) return null;
  const rows = await db.execute(sql`
    /* buildSearchQuery */
    with words as (
      select lexeme, min(positions[1]) as position
      from unnest(to_tsvector('english', ${cleaned})) group by lexeme
      order by position limit ${MAX_WORDS}
    ), alternatives as (
      select w.position, array_to_string(
        array_append(array(
          select quote_literal(c.word) from (
            select ${searchTerms.word} as word, ${searchTerms.ndoc} as ndoc, similarity(${searchTerms.word}, w.lexeme) as score,
                   max(similarity(${searchTerms.word}, w.lexeme)) over () as best
            from ${searchTerms} where ${searchTerms.word} % w.lexeme
          ) c
          where c.score >= c.best - ${NEAR_BEST}
          order by c.score desc, c.ndoc desc, c.word
          limit ${ALTERNATIVES_PER_WORD}
        ), quote_literal(w.lexeme) || ':*'), ' | ') as terms
      from words w
    )
    select string_agg('(' || terms || ')', ' & ' order by position) as tsquery from alternatives`);
  const [row] = z.array(searchQueryRow).parse([...rows]);
  return row?.tsquery ?? null;
}
