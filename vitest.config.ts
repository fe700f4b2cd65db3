import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/helpers/exact-counts.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
