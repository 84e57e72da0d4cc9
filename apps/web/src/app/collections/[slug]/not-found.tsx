/**
 * Shown alike for an unknown slug and for a private collection the visitor may not read: the
 * API answers both with NOT_FOUND, and this page must not tell them apart either.
 */
export default function CollectionNotFound() {
  return (
    <section className="problem">
      <h1>Not found</h1>
      <p>
        There is no collection here that you can see. If it is a private collection you were invited
        to, sign in with the email address the invitation went to.
      </p>
      <p className="actions">
        <a href="/sign-in?next=%2Fcollections">Sign in</a>
        <a href="/collections">All collections</a>
      </p>
    </section>
  );
}
