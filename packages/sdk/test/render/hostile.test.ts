import {toHtml, toMarkdown, toText, type RenderWarning} from '@practice-press/sdk/render'
import {describe, expect, test} from 'vitest'

import {hostileCases} from '../fixtures/hostile/index.ts'
import {htmlProblems} from './support/inert-html.ts'
import {markdownProblems} from './support/inert-markdown.ts'

const cases = hostileCases()

test('the hostile corpus has at least 100 cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(100)
})

describe('every hostile case renders inert HTML', () => {
  test.each(cases.map((entry) => [entry.name, entry.input] as const))('%s', (_name, input) => {
    const warnings: RenderWarning[] = []
    const html = toHtml(input, {onWarning: (warning) => warnings.push(warning)})
    expect(htmlProblems(html)).toEqual([])
    expect(html).not.toMatch(/<(script|iframe|object|embed|svg|math|style|textarea|title|base|form|meta|link|template|noscript)\b/i)
    for (const warning of warnings) {
      expect(typeof warning.type).toBe('string')
      expect(typeof warning.message).toBe('string')
      expect(Array.isArray(warning.path)).toBe(true)
    }
  })
})

describe('every hostile case renders inert Markdown and text', () => {
  test.each(cases.map((entry) => [entry.name, entry.input] as const))('%s', (_name, input) => {
    expect(markdownProblems(toMarkdown(input, {onWarning: false}))).toEqual([])
    expect(markdownProblems(toMarkdown(input, {lossless: true, onWarning: false}), {lossless: true})).toEqual([])
    expect(typeof toText(input, {onWarning: false})).toBe('string')
  })
})
