/** Where the API listens; the only place the web app reads the environment. */
export function apiUrl(): string {
  return (process.env.ATTEST_API_URL ?? 'http://localhost:4000').replace(/\/$/, '');
}
