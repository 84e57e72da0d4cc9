'use client';

import { type FormEvent, useState } from 'react';
import { describe } from '@/lib/problems.ts';

/**
 * A form whose submission sends it and then leaves the page: busy from the click on (it stays so
 * while the next page loads, so a second click makes nothing twice), the refusal in words.
 */
export function useSendForm(send: (form: FormData) => Promise<void>) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError('');
    try {
      await send(form);
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  }

  return { error, busy, submit };
}
