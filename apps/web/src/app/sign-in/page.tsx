import type { Metadata } from 'next';
import { AuthPage, authTitle } from '@/components/AuthPage.tsx';

export const metadata: Metadata = { title: authTitle('sign-in') };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <AuthPage mode="sign-in" searchParams={searchParams} />;
}
