'use client';

import { useRouter } from 'next/navigation';
import { offline, ProblemError } from '@/lib/problems.ts';
import { TextField } from './TextField.tsx';
import { useSendForm } from './useSendForm.ts';

export type AuthMode = 'sign-in' | 'sign-up';

/** What better-auth says when it refuses, or a plain sentence when it says nothing. */
async function refusal(response: Response, mode: AuthMode): Promise<ProblemError> {
  const body = (await response.json().catch(() => ({}))) as {
    message?: string;
    errors?: { message: string }[];
  };
  const message =
    body.message ??
    body.errors?.[0]?.message ??
    (mode === 'sign-in' ? 'Wrong email or password.' : 'The account could not be made.');
  return new ProblemError({ kind: mode === 'sign-in' ? 'unauthenticated' : 'bad-input', message });
}

/** Sign up or sign in by email and password (better-auth on the API, through /api/auth). */
export function AuthForm({ mode, next }: { mode: AuthMode; next: string }) {
  const router = useRouter();
  const { error, busy, submit } = useSendForm(async (form) => {
    const response = await fetch(`/api/auth/${mode}/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(form)),
    }).catch(() => {
      throw new ProblemError(offline);
    });
    if (!response.ok) throw await refusal(response, mode);
    router.push(next.startsWith('/') ? next : '/studio');
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate={false}>
      {mode === 'sign-up' ? (
        <TextField id="name" label="Your name" name="name" autoComplete="name" required />
      ) : null}
      <TextField id="email" label="Email" name="email" type="email" autoComplete="email" required />
      <div className="field">
        <label htmlFor="password">
          Password{' '}
          {mode === 'sign-up' ? <span className="hint">(at least 8 characters)</span> : null}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          minLength={8}
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          required
        />
      </div>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      <p className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'One moment…' : mode === 'sign-up' ? 'Create the account' : 'Sign in'}
        </button>
      </p>
    </form>
  );
}
