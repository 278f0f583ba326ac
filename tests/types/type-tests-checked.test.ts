/**
 * Type tests (`*.test-d.ts`) fail only if something compiles them: `pnpm typecheck` does,
 * through tests/tsconfig.json. This holds that project to include every one of them, so a
 * type test placed where the compiler does not look cannot pass silently.
 */
import {globSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

import ts from 'typescript'
import {expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

it('tests/tsconfig.json compiles every *.test-d.ts of the repository', () => {
  const configFile = join(root, 'tests/tsconfig.json')
  const {config} = ts.readConfigFile(configFile, ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, join(root, 'tests'))
  const compiled = new Set(parsed.fileNames)
  const typeTests = globSync('{tests,packages/*/test,schemas/test,studio/test}/**/*.test-d.ts', {cwd: root})
    .filter((file) => !file.includes('node_modules'))
    .map((file) => join(root, file))
  expect(typeTests.length).toBeGreaterThan(0)
  expect(typeTests.filter((file) => !compiled.has(file))).toEqual([])
})
