import { type EvidenceQuote, passageHref } from '@/lib/quiz.ts';

/** The quotes that back an answer, each with a link to its place in the source. */
export function EvidenceList({ evidence }: { evidence: EvidenceQuote[] }) {
  if (evidence.length === 0) return null;
  return (
    <div>
      {evidence.map((e) => {
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
