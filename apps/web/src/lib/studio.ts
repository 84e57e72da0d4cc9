import { redirect } from 'next/navigation';
import { query, type Result } from './api.ts';

export interface Viewer {
  id: string;
  name: string;
  email: string;
}

/**
 * A studio page's data, for a signed-in instructor: a signed-out visitor (or an expired
 * session) is sent to sign in and brought back.
 */
export async function studioQuery<T extends { viewer: Viewer | null }>(
  from: string,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<Result<T & { viewer: Viewer }>> {
  const result = await query<T>(document, variables);
  if (result.ok && !result.data.viewer) redirect(`/sign-in?next=${encodeURIComponent(from)}`);
  if (!result.ok && result.problem.kind === 'unauthenticated')
    redirect(`/sign-in?next=${encodeURIComponent(from)}`);
  return result as Result<T & { viewer: Viewer }>;
}
