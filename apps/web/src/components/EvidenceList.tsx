import { passageHref } from '@/lib/quiz.ts';

/** A quote as shown: a question's evidence (EvidenceFields) or a claim's (ClaimFields). */
interface ShownQuote {
  quote: string | null;
  start: number | null;
  end: number | null;
  sourceTitle?: string | null;
  publisher?: string | null;
  source?: { id: string; title?: string | null } | null;
}

/** The quotes that back an answer, each with a link to its place in the source. */
export function EvidenceList({ evidence }: { evidence: readonly ShownQuote[] }) {
  // Two claims behind one answer may rest on the same quote: show it once.
  const unique = [
    ...new Map(evidence.map((e) => [`${e.source?.id}-${e.start}-${e.end}`, e])).values(),
  ];
  if (unique.length === 0) return null;
  return (
    <div>
      {unique.map((e) => {
        const href = passageHref(e);
        const title = e.sourceTitle ?? e.source?.title ?? 'the source';
        return (
          <blockquote className="evidence" key={`${e.source?.id}-${e.start}-${e.end}`}>
            <p>“{e.quote}”</p>
            <cite>
              {title}
              {e.publisher ? `, ${e.publisher}` : ''}
              {href ? (
                <>
                  {' · '}
                  <a href={href}>
                    Read it in the source<span className="visually-hidden">: {title}</span>
                  </a>
                </>
              ) : null}
            </cite>
          </blockquote>
        );
      })}
    </div>
  );
}
