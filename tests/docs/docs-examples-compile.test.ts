/**
 * The block extension guide's examples compile in a strict TypeScript project, as a reader
 * copies them: `strict` and `exactOptionalPropertyTypes`. readme-examples.test.ts runs them,
 * which checks no types; its `faq` example once failed here with TS2322 (`Type 'string' is
 * not assignable to type '"textDirective"'`), typed `BlockExtension`.
 */
import {readFileSync, rmSync, writeFileSync} from 'node:fs'

import ts from 'typescript'
import {afterAll, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

const guide = 'packages/sdk/docs/adding-a-block-type.md'
const files = [...readFileSync(repoPath(guide), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => {
  const file = repoPath('tests/docs', `compiled-example-${index}.tmp.ts`)
  writeFileSync(file, `${match[1]!}\nexport {}\n`)
  return file
})
afterAll(() => files.forEach((file) => rmSync(file, {force: true})))

it(`${guide}: every ts example compiles under strict and exactOptionalPropertyTypes`, () => {
  expect(files.length).toBeGreaterThan(1)
  const program = ts.createProgram(files, {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    // The SDK from its source, as the workspace resolves it: only the examples' own
    // diagnostics count (the SDK is compiled with its own settings by `pnpm typecheck`).
    customConditions: ['@practice-press/source'],
    allowImportingTsExtensions: true,
    types: ['node'],
  })
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.file !== undefined && files.includes(diagnostic.file.fileName))
  expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([])
}, 60_000)
