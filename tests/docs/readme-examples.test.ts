/**
 * The README examples run: every ```ts block of the package READMEs is written to a file
 * beside this test and executed, so the documentation cannot drift from the code. A line
 * `console.log(value) // what it prints` is checked too: the value, as `util.inspect` or
 * `console.log` writes it, must be what the comment says (spaces aside, `...` for anything).
 */
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {inspect} from 'node:util'

import {afterAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

const readmes = ['packages/sdk/README.md', 'packages/sdk/docs/adding-a-block-type.md', 'packages/cli/README.md', 'schemas/README.md', 'content/README.md']
const written: string[] = []
afterAll(() => written.forEach((file) => rmSync(file, {force: true})))

const examples = readmes.flatMap((readme) =>
  [...readFileSync(repoPath(readme), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({readme, index, code: match[1]!})),
)

/** `console.log(args) // expected` lines, rewritten to report what they print. */
const PRINT_LINE = /^(\s*)console\.log\((.*)\)\s*\/\/\s*(.+)$/gm

interface Printed {
  expected: string
  /** The values as `util.inspect` writes them, and as `console.log` prints them (strings bare). */
  got: string[]
}
const printed: Printed[] = []
;(globalThis as {__readmePrint?: unknown}).__readmePrint = (expected: string, ...values: unknown[]) => {
  const inspected = values.map((value) => inspect(value, {depth: 6, breakLength: Infinity})).join(' ')
  const logged = values.map((value) => (typeof value === 'string' ? value : inspect(value, {depth: 6, breakLength: Infinity}))).join(' ')
  printed.push({expected, got: [inspected, logged]})
}
const squeeze = (text: string) => text.replaceAll(/\s+/g, '')

/** Whether a comment matches what was printed: spaces aside, `...` standing for anything. */
function matches(expected: string, got: string): boolean {
  const parts = squeeze(expected).split('...')
  let at = 0
  for (const [index, part] of parts.entries()) {
    const found = index === 0 ? (squeeze(got).startsWith(part) ? 0 : -1) : squeeze(got).indexOf(part, at)
    if (found < 0) return false
    at = found + part.length
  }
  return parts.length > 1 || at === squeeze(got).length
}

describe.each(examples)('$readme, example $index', ({readme, index, code}) => {
  it('runs, and prints what its comments say', async () => {
    const file = repoPath('tests/docs', `example-${readme.replaceAll('/', '-')}-${index}.tmp.ts`)
    const expected = [...code.matchAll(PRINT_LINE)].map((match) => match[3]!.trim())
    const checked = code.replaceAll(PRINT_LINE, (_line, indent: string, args: string, comment: string) =>
      `${indent};(globalThis as any).__readmePrint(${JSON.stringify(comment.trim())}, ${args})`,
    )
    writeFileSync(file, `${checked}\nexport {}\n`)
    written.push(file)
    printed.length = 0
    await expect(import(file)).resolves.toBeDefined()
    for (const line of printed) expect({comment: line.expected, printed: line.got[1], matches: line.got.some((got) => matches(line.expected, got))}).toMatchObject({matches: true})
    expect(printed.map((line) => line.expected)).toEqual(expected)
  })
})
