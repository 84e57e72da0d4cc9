import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Attest: learn what the news actually said', template: '%s · Attest' },
  description:
    'Quiz yourself on sourced news claims: every answer backed by a quote from the text.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site">
          <nav aria-label="Main">
            <Link href="/" className="brand">
              Attest
            </Link>
            <ul>
              <li>
                <a href="/quiz/new">Quick quiz</a>
              </li>
              <li>
                <Link href="/sources">Sources</Link>
              </li>
              <li>
                <Link href="/actors">Actors</Link>
              </li>
              <li>
                <Link href="/disputes">Disputes</Link>
              </li>
              <li>
                <Link href="/studio">Studio</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site">
          Every answer in Attest is backed by a verbatim quote from a news text.
        </footer>
      </body>
    </html>
  );
}
