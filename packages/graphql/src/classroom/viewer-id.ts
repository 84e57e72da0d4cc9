import type { Context } from '../context.ts';

/** The signed-in viewer's ID, for resolvers behind the `signedIn` scope. */
export function viewerId(ctx: Pick<Context, 'viewer'>): string {
  if (!ctx.viewer) throw new Error('viewerId called without a viewer');
  return ctx.viewer.id;
}
