/**
 * Numbered import fixtures: each file in `test/fixtures/import/<format>/` exports its
 * `input`, optional `options`, and the `blocks` (keys stripped, see normalizePortableText)
 * and `report` the import must give exactly.
 */
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

import type {ImportReportEntry, TextImportOptions} from '@practice-press/sdk/import'

/** One fixture file. */
export interface ImportFixture {
  name: string
  input: string
  options: Omit<TextImportOptions, 'generateKey'>
  blocks: unknown[]
  report: ImportReportEntry[]
}

/** The fixtures of one input format, in file-name order. */
export async function loadFixtures(format: 'markdown' | 'html' | 'text'): Promise<ImportFixture[]> {
  const folder = new URL(`../../fixtures/import/${format}/`, import.meta.url)
  const names = readdirSync(fileURLToPath(folder))
    .filter((name) => /^\d{3}-.+\.ts$/.test(name))
    .toSorted()
  return Promise.all(
    names.map(async (name) => {
      const module = (await import(new URL(name, folder).href)) as Omit<ImportFixture, 'name' | 'options'> & {options?: ImportFixture['options']}
      return {name: name.replace(/\.ts$/, ''), input: module.input, options: module.options ?? {}, blocks: module.blocks, report: module.report}
    }),
  )
}
