import type { PrismaClient } from './generated/prisma/client.ts';

export interface ClaimHit {
  id: string;
  score: number;
}

export interface SearchClaimsOptions {
  /** Only claims whose ids are in this list (other filters, applied first). */
  within?: string[];
  limit?: number;
}

/**
 * Claims ranked by relevance to what a person typed, a keyword or a whole question ("Who
 * blocked the Tokyo office?"). No word is required: the words left after English stop words
 * are OR-ed and ranked with ts_rank over the weighted document (statement and actor names
 * weigh most). Actors named in the text, by name or alias, whole-word or closely misspelled
 * ("Billstrom", "Beijing", "Stoltenburg"), lift the claims they are subject, object or speaker
 * of. Trigram similarity catches misspelled words. Off-topic and deprecated claims sink.
 * The same SQL runs on PGlite and PostgreSQL.
 */
export async function searchClaims(
  prisma: PrismaClient,
  text: string,
  { within, limit = 200 }: SearchClaimsOptions = {},
): Promise<ClaimHit[]> {
  return prisma.$queryRaw<ClaimHit[]>`
    WITH input AS (
      SELECT attest_normalize(${text}) AS normalized
    ), terms AS (
      SELECT to_tsquery('simple', string_agg(DISTINCT quote_literal(lexeme), ' | ')) AS query
      FROM input, unnest(to_tsvector('english', input.normalized))
    ), names AS (
      SELECT id AS "actorId", attest_normalize(name) AS name FROM "Actor"
      UNION ALL
      SELECT "actorId", attest_normalize(name) FROM "ActorAlias"
    ), named AS (
      SELECT DISTINCT names."actorId"
      FROM names, input
      WHERE length(names.name) > 1 AND (
        (' ' || input.normalized || ' ') LIKE ('% ' || names.name || ' %')
        OR (length(names.name) >= 6 AND word_similarity(names.name, input.normalized) >= 0.7)
      )
    ), scored AS (
      SELECT c.id,
        coalesce(ts_rank(c."searchVector", terms.query), 0) AS text_rank,
        word_similarity(input.normalized, c."searchText") AS similarity,
        (SELECT count(*) FROM named
          WHERE named."actorId" IN (c."subjectId", c."objectId", c."speakerId")) AS actors_named,
        c."offTopic", c.rank
      FROM "Claim" c, terms, input
      WHERE (${within ?? null}::text[] IS NULL OR c.id = ANY (${within ?? null}::text[]))
    )
    SELECT id,
      ((text_rank + 0.3 * actors_named + 0.2 * similarity)
        * CASE WHEN "offTopic" THEN 0.5 ELSE 1 END
        * CASE WHEN rank = 'DEPRECATED' THEN 0.7 ELSE 1 END)::float8 AS score
    FROM scored
    WHERE text_rank > 0 OR actors_named > 0 OR similarity >= 0.5
    ORDER BY score DESC, id
    LIMIT ${limit}
  `;
}
