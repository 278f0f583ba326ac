#!/usr/bin/env node
// The published entry: the compiled CLI. In this repository, run
// `node --conditions=@practice-press/source packages/cli/src/cli.ts` instead (or `pnpm start`).
await import('../dist/cli.js')
