import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="problem">
      <h1>Not found</h1>
      <p>There is no page here. It may have been moved, or the link may be mistyped.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </section>
  );
}
