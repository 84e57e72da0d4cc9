import type { Metadata, Viewport } from 'next';
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
            <a href="/" className="brand">
              Attest
            </a>
            <ul>
              <li>
                <a href="/quiz/new">Quick quiz</a>
              </li>
              <li>
                <a href="/sources">Sources</a>
              </li>
              <li>
                <a href="/actors">Actors</a>
              </li>
              <li>
                <a href="/disputes">Disputes</a>
              </li>
              <li>
                <a href="/collections">Collections</a>
              </li>
              <li>
                <a href="/studio">Studio</a>
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
