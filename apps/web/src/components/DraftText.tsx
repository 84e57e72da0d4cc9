'use client';

import { memo, useEffect, useRef } from 'react';
import { type Layer, pointOffset, type Range, runs } from '@/lib/passages.ts';

const classes: Record<string, string> = {
  mention: 'd-mention',
  quote: 'd-quote',
  evidence: 'd-evidence',
  passage: 'd-passage',
  focus: 'd-focus',
};

/**
 * The source text with the drafts marked: actors' mentions, quotes, claims' evidence, the passage
 * chosen for a new claim. Selecting text in it reports the selection in code points. React
 * renders the text as text: nothing in it is ever markup.
 */
export const DraftText = memo(function DraftText({
  chars,
  layers,
  anchors,
  onSelect,
}: {
  chars: string[];
  layers: Layer[];
  /** Places to jump to (`#<id>`), e.g. where a claim's evidence starts. */
  anchors: { id: string; at: number }[];
  onSelect: (range: Range) => void;
}) {
  const root = useRef<HTMLElement>(null);

  // selectionchange catches mouse, touch and keyboard (caret browsing) selections alike.
  useEffect(() => {
    function changed() {
      const el = root.current;
      const selection = document.getSelection();
      if (!el || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!el.contains(range.commonAncestorContainer)) return;
      const start = pointOffset(el, range.startContainer, range.startOffset, chars.length);
      const end = pointOffset(el, range.endContainer, range.endOffset, chars.length);
      if (start !== null && end !== null && end > start) onSelect({ start, end });
    }
    document.addEventListener('selectionchange', changed);
    return () => document.removeEventListener('selectionchange', changed);
  }, [chars, onSelect]);

  const anchorsAt = new Map<number, string[]>();
  for (const a of anchors) anchorsAt.set(a.at, [...(anchorsAt.get(a.at) ?? []), a.id]);
  const cuts = [...anchorsAt.keys()].map((at) => ({ start: at, end: at }));
  const pieces = runs(chars, [...layers, { name: 'anchor', ranges: cuts }]);

  return (
    <section
      ref={root}
      className="source-text review-text"
      aria-label="The source text"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so it must take the keyboard focus to be scrolled without a mouse.
      tabIndex={0}
    >
      {pieces.map((r) => {
        const className = r.layers
          .map((l) => classes[l])
          .filter(Boolean)
          .join(' ');
        const ids = anchorsAt.get(r.start) ?? [];
        anchorsAt.delete(r.start);
        return (
          <span key={r.start}>
            {ids.map((id) => (
              <span key={id} id={id} className="anchor" />
            ))}
            <span data-start={r.start} className={className || undefined}>
              {r.text}
            </span>
          </span>
        );
      })}
    </section>
  );
});
