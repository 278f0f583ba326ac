/**
 * Fails when the committed schema JSON or the generated TypeScript types are stale: it
 * runs `sanity schema extract` and `sanity typegen generate` and compares the results with
 * what was there before. The fresh files are left in place, ready to commit.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const generated = ['schemas/schema.json', 'packages/sdk/src/generated/sanity.types.ts', 'tests/fixtures/developer-site/sanity.types.ts']
const root = fileURLToPath(new URL('..', import.meta.url))

const read = (path: string) => {
  try {
    return readFileSync(new URL(path, `file://${root}`), 'utf8')
  } catch {
    return undefined
  }
}

const before = generated.map(read)
const run = spawnSync('pnpm', ['--filter', '@practice-press/studio', 'run', 'typegen'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {...process.env, DO_NOT_TRACK: '1'},
})
if (run.status !== 0) {
  console.error('Could not regenerate the schema and types (see above).')
  process.exit(run.status ?? 1)
}
const stale = generated.filter((path, index) => read(path) !== before[index])
if (stale.length > 0) {
  console.error(
    [
      'The generated files were stale and have been regenerated:',
      ...stale.map((path) => `  ${path}`),
      'Review them and commit them with the change to the schema or the queries.',
    ].join('\n'),
  )
  process.exit(1)
}
console.log('Schema JSON and generated types are up to date.')
