'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { request } from '@/lib/client.ts';
import {
  acceptedFiles,
  MAX_SOURCE_CHARACTERS,
  readSourceFile,
  type SourceFormat,
} from '@/lib/file-text.ts';
import { graphql } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';
import { TextField } from './TextField.tsx';

const formatLabels: Record<SourceFormat, string> = {
  TEXT: 'Plain text',
  MARKDOWN: 'Markdown',
  HTML: 'Web page (HTML: the article is taken out of it)',
};

/**
 * Pasted text or a .txt/.md/.html file, with its title, publisher, date and address. Once added,
 * the source opens for review.
 */
const AddSource = graphql(`
  mutation AddSource($c: ID!, $input: AddSourceInput!) {
    addSource(collection: $c, input: $input) @_required { id }
  }
`);

export function AddSourceForm({ collectionId, slug }: { collectionId: string; slug: string }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<SourceFormat>('TEXT');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setError('');
    setStatus('');
    if (!file) return;
    const read = await readSourceFile(file);
    if (!read.ok) {
      setError(read.message);
      event.target.value = '';
      return;
    }
    setText(read.text);
    setFormat(read.format);
    setStatus(
      `“${file.name}” read: ${Array.from(read.text).length.toLocaleString('en')} characters.`,
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '').trim() || null;
    setError('');
    setStatus('');
    if (!text.trim()) {
      setError('Paste the article or choose a file first: the text is empty.');
      return;
    }
    if (format !== 'HTML' && Array.from(text).length > MAX_SOURCE_CHARACTERS) {
      setError(
        `The text is too long: an article may be at most ${MAX_SOURCE_CHARACTERS.toLocaleString('en')} characters.`,
      );
      return;
    }
    setBusy(true);
    try {
      const data = await request(AddSource, {
        c: collectionId,
        input: {
          text,
          format,
          title: field('title'),
          publisher: field('publisher'),
          published: field('published'),
          url: field('url'),
        },
      });
      setStatus('Source added. Opening it for review…');
      router.push(
        `/collections/${encodeURIComponent(slug)}/sources/${encodeURIComponent(data.addSource.id)}`,
      );
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Add a source">
      <div className="field">
        <label htmlFor="source-text">Article text</label>
        <textarea
          id="source-text"
          name="text"
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="source-text-hint"
        />
        <span id="source-text-hint" className="hint">
          Paste it here, or choose a file below. It is kept word for word.
        </span>
      </div>
      <div className="field">
        <label htmlFor="source-file">
          Or a file <span className="hint">(.txt, .md or .html, UTF-8)</span>
        </label>
        <input id="source-file" type="file" accept={acceptedFiles} onChange={choose} />
      </div>
      <div className="field">
        <label htmlFor="source-format">Format</label>
        <select
          id="source-format"
          value={format}
          onChange={(e) => setFormat(e.target.value as SourceFormat)}
        >
          {Object.entries(formatLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="source-title"
        label={
          <>
            Title <span className="hint">(the first line of the text when left empty)</span>
          </>
        }
        name="title"
        maxLength={1000}
      />
      <div className="row">
        <TextField id="source-publisher" label="Publisher" name="publisher" maxLength={1000} />
        <div className="field">
          <label htmlFor="source-published">Published</label>
          <input
            id="source-published"
            name="published"
            type="text"
            inputMode="numeric"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            placeholder="2024-07-11"
            aria-describedby="source-published-hint"
          />
          <span id="source-published-hint" className="hint">
            A year, month or day: 2024, 2024-07 or 2024-07-11
          </span>
        </div>
      </div>
      <TextField
        id="source-url"
        label={
          <>
            Address <span className="hint">(optional; stored, never opened by Attest)</span>
          </>
        }
        name="url"
        type="url"
        maxLength={2000}
        placeholder="https://"
      />
      <div role="status" aria-live="polite">
        {status ? <p className="notice">{status}</p> : null}
      </div>
      <div role="alert" aria-live="assertive">
        {error ? <p className="problem">{error}</p> : null}
      </div>
      <button type="submit" disabled={busy}>
        {busy ? 'Adding…' : 'Add the source'}
      </button>
    </form>
  );
}
