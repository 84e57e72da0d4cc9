import type { DraftQuote } from '@/lib/review.ts';

/** A direct quote the text holds, with who said it (its "said" claim is among the claims). */
export function DraftQuoteItem({ quote }: { quote: DraftQuote }) {
  return (
    <li>
      <blockquote className="evidence">
        <p>“{quote.text}”</p>
        <cite>
          {quote.speaker ? quote.speaker.name : 'No speaker found'} ·{' '}
          <a href={`#at-${quote.start}`}>
            Show in the text
            <span className="visually-hidden">
              : the quote of {quote.speaker?.name ?? 'nobody'}
            </span>
          </a>
        </cite>
      </blockquote>
    </li>
  );
}
