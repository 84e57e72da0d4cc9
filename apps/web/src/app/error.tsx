'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="problem" role="alert">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown. If Attest was just started, the API may still be loading: try
        again in a few seconds.
      </p>
      <p className="actions">
        <button type="button" onClick={reset}>
          Try again
        </button>
        <a href="/">Home</a>
      </p>
    </section>
  );
}
