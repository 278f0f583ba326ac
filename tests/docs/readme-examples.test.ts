/**
 * The README examples run: every ```ts block of the package READMEs is written to a file
 * beside this test and executed, so the documentation cannot drift from the code.
 */
import {readFileSync, rmSync, writeFileSync} from 'node:fs'

import {afterAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

const readmes = ['packages/sdk/README.md', 'packages/sdk/docs/adding-a-block-type.md', 'schemas/README.md']
const written: string[] = []
afterAll(() => written.forEach((file) => rmSync(file, {force: true})))

const examples = readmes.flatMap((readme) =>
  [...readFileSync(repoPath(readme), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({readme, index, code: match[1]!})),
)

describe.each(examples)('$readme, example $index', ({readme, index, code}) => {
  it('runs', async () => {
    const file = repoPath('tests/docs', `example-${readme.replaceAll('/', '-')}-${index}.tmp.ts`)
    writeFileSync(file, `${code}\nexport {}\n`)
    written.push(file)
    await expect(import(file)).resolves.toBeDefined()
  })
})
