import {readdirSync} from 'node:fs'

import {toHtml, toMarkdown, toText, type RenderWarning} from '@practice-press/sdk/render'
import {describe, expect, test} from 'vitest'

interface Fixture {
  input: unknown[]
  warnings: RenderWarning[]
  html: string
  markdown: string
  lossless: string
  text: string
}

const directory = new URL('../fixtures/portable-text/', import.meta.url)
const files = readdirSync(directory)
  .filter((file) => /^\d{3}-.+\.ts$/.test(file))
  .toSorted()
const fixtures = await Promise.all(files.map(async (file) => [file, (await import(new URL(file, directory).href)) as Fixture] as const))

test('the numbered fixtures are all here', () => {
  expect(files).toEqual([
    '001-marks-and-links.ts',
    '002-headings-and-quotes.ts',
    '003-lists.ts',
    '004-images.ts',
    '005-callouts.ts',
    '006-pull-quotes-and-calls-to-action.ts',
    '007-unknown-types.ts',
    '008-empty-and-unresolved.ts',
  ])
})

describe.each(fixtures)('%s', (_file, fixture) => {
  test('HTML, with its warnings', () => {
    const warnings: RenderWarning[] = []
    expect(toHtml(fixture.input, {onWarning: (warning) => warnings.push(warning)})).toBe(fixture.html)
    expect(warnings).toEqual(fixture.warnings)
  })

  test('portable Markdown', () => {
    expect(toMarkdown(fixture.input, {onWarning: false})).toBe(fixture.markdown)
  })

  test('lossless Markdown', () => {
    expect(toMarkdown(fixture.input, {lossless: true, onWarning: false})).toBe(fixture.lossless)
  })

  test('text', () => {
    expect(toText(fixture.input, {onWarning: false})).toBe(fixture.text)
  })
})
