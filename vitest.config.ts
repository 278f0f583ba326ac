import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests import packages by their published names; this condition points those names
    // at the TypeScript source, so no build is needed first. tests/pack checks what ships.
    conditions: ['@practice-press/source'],
  },
  ssr: {
    resolve: {conditions: ['@practice-press/source']},
  },
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'schemas/test/**/*.test.ts', 'studio/test/**/*.test.ts'],
    setupFiles: ['packages/sdk/test/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
