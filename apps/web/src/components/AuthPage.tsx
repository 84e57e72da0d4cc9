import type { ReactNode } from 'react';
import { AuthForm, type AuthMode } from './AuthForm.tsx';

/** The words that tell signing in and signing up apart; the page around them is one. */
const pages = {
  'sign-in': {
    title: 'Sign in',
    other: (
      <>
        New here? <a href="/sign-up">Create an account</a>.
      </>
    ),
  },
  'sign-up': {
    title: 'Create an instructor account',
    other: (
      <>
        Already have an account? <a href="/sign-in">Sign in</a>.
      </>
    ),
  },
} as const satisfies Record<AuthMode, { title: string; other: ReactNode }>;

export const authTitle = (mode: AuthMode): string => pages[mode].title;

/** The sign-in or sign-up page: the form, then where to go back to (`?next=`, else the studio). */
export async function AuthPage({
  mode,
  searchParams,
}: {
  mode: AuthMode;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = (await searchParams).next;
  return (
    <>
      <h1>{pages[mode].title}</h1>
      <p className="lede">
        Build question sets from the sourced claims and share them with a class.
      </p>
      <AuthForm mode={mode} next={typeof next === 'string' ? next : '/studio'} />
      <p>{pages[mode].other}</p>
    </>
  );
}
