import type { SharedRules } from '@/lib/rules.ts';
import { TextField } from './TextField.tsx';

/** What the set asks before starting, by its identity mode. */
export function IdentityFields({ identity }: { identity: SharedRules['identity'] }) {
  if (identity === 'NAME')
    return (
      <>
        <TextField
          id="learner-name"
          label="Your name"
          name="name"
          required
          maxLength={100}
          autoComplete="name"
          aria-describedby="shared-with-teacher"
        />
        <TextField id="learner-id" label="Student ID (optional)" name="studentId" maxLength={100} />
      </>
    );
  if (identity === 'ROSTER')
    return (
      <>
        <TextField
          id="join-code"
          label="Join code"
          name="joinCode"
          required
          maxLength={20}
          autoCapitalize="characters"
          autoComplete="off"
        />
        <TextField
          id="learner-id"
          label="Your student ID"
          name="studentId"
          maxLength={100}
          hint="As on your teacher's class list. No ID on the list? Leave it empty and type your name below."
        />
        <TextField
          id="learner-name"
          label="Your name (only without a student ID)"
          name="name"
          maxLength={100}
          autoComplete="name"
        />
      </>
    );
  if (identity === 'SIGNED_IN')
    return (
      <p>
        This set is for signed-in learners. <a href="/sign-in">Sign in</a> first if you have not.
      </p>
    );
  return null;
}
