import { defineConfig } from 'vitest/config';

// One runner for every part. Component tests opt into jsdom per file
// (`// @vitest-environment jsdom`); browser tests drive Debian's Chromium
// through playwright-core and need the built artefacts, which `npm test` builds first.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Seeds every fast-check property (FC_SEED overrides), so runs reproduce.
    setupFiles: ['test/setup/fast-check.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    // @grafana/data's ESM build imports CommonJS moment-timezone by named export,
    // which Node's loader refuses; letting vite transform @grafana/* fixes the interop.
    server: { deps: { inline: [/@grafana\//] } },
  },
});
