import { redirect } from 'next/navigation';
import { request } from './api.ts';
import type { TadaDocumentNode } from './graphql.ts';
import { isProblem } from './problems.ts';
import type { VariablesArg } from './request.ts';

/**
 * A studio page's data, for a signed-in instructor: a signed-out visitor (or an expired
 * session) is sent to sign in and brought back. The operation selects `viewer`.
 */
export async function studioRequest<Result extends { viewer: unknown }, Variables>(
  from: string,
  document: TadaDocumentNode<Result, Variables>,
  ...variables: VariablesArg<Variables>
): Promise<Result & { viewer: NonNullable<Result['viewer']> }> {
  const signIn = `/sign-in?next=${encodeURIComponent(from)}`;
  let data: Result;
  try {
    data = await request(document, ...variables);
  } catch (error) {
    if (isProblem(error, 'unauthenticated')) redirect(signIn);
    throw error;
  }
  if (!data.viewer) redirect(signIn);
  return data as Result & { viewer: NonNullable<Result['viewer']> };
}
