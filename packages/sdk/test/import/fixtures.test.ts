/**
 * The numbered fixtures in test/fixtures/import: each input imports to exactly its blocks
 * (keys stripped) and its report.
 */
import {countingKeys, fromHtml, fromMarkdown, fromText, normalizePortableText} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

import {loadFixtures} from './support/fixtures.ts'

const importers = {markdown: fromMarkdown, html: fromHtml, text: fromText} as const

for (const format of ['markdown', 'html', 'text'] as const) {
  const fixtures = await loadFixtures(format)

  describe(`${format} fixtures`, () => {
    it('are all here', () => {
      expect(fixtures.length).toBe({markdown: 9, html: 11, text: 9}[format])
    })

    it.each(fixtures)('$name', (fixture) => {
      const result = importers[format](fixture.input, {...fixture.options, generateKey: countingKeys()})
      expect(normalizePortableText(result.blocks, {keys: 'strip'})).toEqual(fixture.blocks)
      expect(result.report).toEqual(fixture.report)
    })
  })
}
