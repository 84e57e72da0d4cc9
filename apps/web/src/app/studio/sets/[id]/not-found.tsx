export default function SetNotFound() {
  return (
    <section className="problem">
      <h1>No question set here</h1>
      <p>
        You have no question set at this address: it may have been deleted, or the link is mistyped.
      </p>
      <p>
        <a href="/studio">Your question sets</a>
      </p>
    </section>
  );
}
