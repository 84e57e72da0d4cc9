import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';

/**
 * Starts a quiz: picks a seed and puts it in the address, so a reload (or a shared link)
 * gives the very same questions.
 */
export function GET(request: NextRequest) {
  const params = new URLSearchParams();
  for (const key of ['count', 'actor', 'source', 'collection']) {
    const value = request.nextUrl.searchParams.get(key);
    if (value) params.set(key, value);
  }
  params.set('seed', crypto.randomUUID().slice(0, 8));
  redirect(`/quiz?${params}`);
}
