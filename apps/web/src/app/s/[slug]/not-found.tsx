export default function SharedSetNotFound() {
  return (
    <section className="problem">
      <h1>No set at this link</h1>
      <p>
        No published set has this link. Check the link with your teacher: the set may not be
        published yet, or it was taken down.
      </p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </section>
  );
}
