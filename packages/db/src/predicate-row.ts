import type { Predicate } from '@attest/knowledge';
import type { Predicate as PredicateRow } from './generated/prisma/client.ts';

/**
 * A predicate and its row, both ways, written once: every field but the phrasing has the same
 * name and meaning in both; the phrasing's three templates are columns of their own, all null
 * when a predicate has none.
 */
export function predicateToRow(p: Predicate): PredicateRow {
  const { phrasing, ...same } = p;
  return {
    ...same,
    statementTemplate: phrasing?.statement ?? null,
    askSubjectTemplate: phrasing?.askSubject ?? null,
    askObjectTemplate: phrasing?.askObject ?? null,
  };
}

export function predicateFromRow(row: PredicateRow): Predicate {
  const { statementTemplate, askSubjectTemplate, askObjectTemplate, ...same } = row;
  return {
    ...same,
    phrasing: statementTemplate
      ? {
          statement: statementTemplate,
          askSubject: askSubjectTemplate,
          askObject: askObjectTemplate,
        }
      : null,
  };
}
