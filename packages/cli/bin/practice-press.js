#!/usr/bin/env node
// The `practice-press` command. Published, it runs the compiled CLI. In a checkout where
// nothing is built yet (right after `pnpm install`), it runs the TypeScript source with
// Node's type stripping (Node 22.18 or later, as `pnpm exec` puts first on the PATH).
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const compiled = new URL('../dist/cli.js', import.meta.url)
const source = new URL('../src/cli.ts', import.meta.url)

if (existsSync(compiled)) {
  await import(compiled.href)
} else if (existsSync(source)) {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 22 || (major === 22 && minor < 18)) {
    process.stderr.write(
      `practice-press: this checkout is not built, and Node ${process.versions.node} cannot run its TypeScript source. Run it as \`pnpm exec practice-press\` (Node 22 from the project), or build it with \`pnpm run typecheck\`.\n`,
    )
    process.exit(1)
  }
  const child = spawn(process.execPath, ['--conditions=@practice-press/source', fileURLToPath(source), ...process.argv.slice(2)], {stdio: 'inherit'})
  // A stop asked of this process (Ctrl-C, a process manager's SIGTERM) is the command's to answer.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
} else {
  process.stderr.write('practice-press: the package is incomplete (no dist/cli.js). Reinstall @practice-press/cli.\n')
  process.exit(1)
}
