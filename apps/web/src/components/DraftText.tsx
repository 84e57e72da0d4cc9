'use client';

import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { type Layer, pointOffset, type Range, runs, toUtf16 } from '@/lib/passages.ts';

const classes: Record<string, string> = {
  mention: 'd-mention',
  quote: 'd-quote',
  evidence: 'd-evidence',
};

/** A DOM point for a code point offset: the run that holds it, and the UTF-16 offset in it. */
function domPoint(root: HTMLElement, at: number): [Node, number] | null {
  let found: HTMLElement | null = null;
  for (const run of root.querySelectorAll<HTMLElement>('[data-start]')) {
    if (Number(run.dataset.start) > at) break;
    found = run;
  }
  const text = found?.firstChild;
  if (!found || !text || text.nodeType !== Node.TEXT_NODE) return null;
  return [text, toUtf16((text as Text).data, at - Number(found.dataset.start))];
}

/**
 * The source text with the drafts marked: actors' mentions, quotes, claims' evidence; and the
 * passage chosen for a new claim. Selecting text in it reports the selection in code points.
 * React renders the text as text: nothing in it is ever markup.
 */
export const DraftText = memo(function DraftText({
  chars,
  layers,
  anchors,
  passage,
  onSelect,
}: {
  chars: string[];
  layers: Layer[];
  /** Places to jump to (`#<id>`), e.g. where a claim's evidence starts. */
  anchors: { id: string; at: number }[];
  passage: Range | null;
  onSelect: (range: Range) => void;
}) {
  const root = useRef<HTMLElement>(null);
  const pieces = useMemo(
    () =>
      runs(chars, [
        ...layers,
        { name: 'anchor', ranges: anchors.map((a) => ({ start: a.at, end: a.at })) },
      ]),
    [chars, layers, anchors],
  );

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

  // New marks rewrite the runs' text nodes under any selection, which would then cover other
  // words and be reported as a new passage: a selection in the text is dropped instead.
  useLayoutEffect(() => {
    void pieces;
    const selection = document.getSelection();
    if (
      selection?.rangeCount &&
      root.current?.contains(selection.getRangeAt(0).commonAncestorContainer)
    )
      selection.removeAllRanges();
  }, [pieces]);

  // The passage is painted with the CSS Custom Highlight API, which leaves the DOM alone: marking
  // it with elements would rewrite the text under the very selection that chose it.
  useEffect(() => {
    const el = root.current;
    if (!el || !passage || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const start = domPoint(el, passage.start);
    const end = domPoint(el, passage.end);
    if (!start || !end) return;
    const range = document.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    CSS.highlights.set('passage', new Highlight(range));
    return () => {
      CSS.highlights.delete('passage');
    };
  }, [passage, pieces]);

  const ids = new Map<number, string[]>();
  for (const a of anchors) ids.set(a.at, [...(ids.get(a.at) ?? []), a.id]);

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
        return (
          <span key={r.start}>
            {(ids.get(r.start) ?? []).map((id) => (
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
