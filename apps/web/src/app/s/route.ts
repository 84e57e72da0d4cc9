import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';

/** The home page's "open a set" form: accepts a whole share link or just its code. */
export function GET(request: NextRequest) {
  const code = request.nextUrl.searchParams.get('code')?.trim() ?? '';
  const slug = code.replace(/\/+$/, '').split('/').pop() ?? '';
  redirect(slug ? `/s/${encodeURIComponent(slug)}` : '/');
}
