'use client';

import { useRouter } from 'next/navigation';

export function SignOut() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="secondary small"
      onClick={async () => {
        await fetch('/api/auth/sign-out', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }).catch(() => undefined);
        router.push('/');
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
