import type { NextConfig } from 'next';

const config: NextConfig = {
  // The API's own URL is read per request (src/lib/env.ts), so one build serves any API address.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
