export default function NotFound() {
  return (
    <section className="problem">
      <h1>Not found</h1>
      <p>There is no page here. It may have been moved, or the link may be mistyped.</p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </section>
  );
}
