import type { SharedRules } from '@/lib/rules.ts';

/** What the set asks before starting, by its identity mode. */
export function IdentityFields({ identity }: { identity: SharedRules['identity'] }) {
  if (identity === 'NAME')
    return (
      <>
        <div className="field">
          <label htmlFor="learner-name">Your name</label>
          <input
            id="learner-name"
            name="name"
            type="text"
            required
            maxLength={100}
            autoComplete="name"
            aria-describedby="shared-with-teacher"
          />
        </div>
        <div className="field">
          <label htmlFor="learner-id">Student ID (optional)</label>
          <input id="learner-id" name="studentId" type="text" maxLength={100} />
        </div>
      </>
    );
  if (identity === 'ROSTER')
    return (
      <>
        <div className="field">
          <label htmlFor="join-code">Join code</label>
          <input
            id="join-code"
            name="joinCode"
            type="text"
            required
            maxLength={20}
            autoCapitalize="characters"
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="learner-id">Your student ID</label>
          <input
            id="learner-id"
            name="studentId"
            type="text"
            maxLength={100}
            aria-describedby="learner-id-hint"
          />
          <p className="hint" id="learner-id-hint">
            As on your teacher's class list. No ID on the list? Leave it empty and type your name
            below.
          </p>
        </div>
        <div className="field">
          <label htmlFor="learner-name">Your name (only without a student ID)</label>
          <input id="learner-name" name="name" type="text" maxLength={100} autoComplete="name" />
        </div>
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
