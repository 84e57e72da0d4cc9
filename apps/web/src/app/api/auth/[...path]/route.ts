import { forward } from '@/lib/proxy.ts';

export const dynamic = 'force-dynamic';
export { forward as GET, forward as POST };
