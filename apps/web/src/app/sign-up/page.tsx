import type { Metadata } from 'next';
import { AuthForm } from '@/components/AuthForm.tsx';

export const metadata: Metadata = { title: 'Create an instructor account' };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = (await searchParams).next;
  return (
    <>
      <h1>Create an instructor account</h1>
      <p className="lede">
        Build question sets from the sourced claims and share them with a class.
      </p>
      <AuthForm mode="sign-up" next={typeof next === 'string' ? next : '/studio'} />
      <p>
        Already have an account? <a href="/sign-in">Sign in</a>.
      </p>
    </>
  );
}
