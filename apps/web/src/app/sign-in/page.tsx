import type { Metadata } from 'next';
import { AuthForm } from '@/components/AuthForm.tsx';

export const metadata: Metadata = { title: 'Sign in' };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = (await searchParams).next;
  return (
    <>
      <h1>Sign in</h1>
      <p className="lede">
        Build question sets from the sourced claims and share them with a class.
      </p>
      <AuthForm mode="sign-in" next={typeof next === 'string' ? next : '/studio'} />
      <p>
        New here? <a href="/sign-up">Create an account</a>.
      </p>
    </>
  );
}
