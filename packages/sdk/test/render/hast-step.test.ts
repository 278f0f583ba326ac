/** The hast step is honest: what its fast path does not build goes to mdast-util-to-hast, or is reported. */
import {createHastHandlers, sanitizeSchema, toHtml, toMdast, toText, type RenderWarning} from '@practice-press/sdk/render'
import type {Table} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'

const cell = (value: string) => ({type: 'tableCell' as const, children: [{type: 'text' as const, value}]})
const feeTable = (): Table => ({
  type: 'table',
  align: [null, 'right'],
  children: [
    {type: 'tableRow', children: [cell('Fee'), cell('Amount')]},
    {type: 'tableRow', children: [cell('Session'), cell('$180')]},
  ],
})
const blocks = [{_type: 'fees'}]
const handlers = {fees: feeTable as never}
const withTables = {...sanitizeSchema, tagNames: [...sanitizeSchema.tagNames!, 'table', 'thead', 'tbody', 'tr', 'th', 'td']}

describe('a GFM table from a custom handler', () => {
  test('keeps its structure in HTML through mdast-util-to-hast (fullToHast)', () => {
    expect(toHtml(blocks, {handlers, fullToHast: toHast, sanitize: withTables})).toBe(
      '<table>\n<thead>\n<tr>\n<th>Fee</th>\n<th>Amount</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Session</td>\n<td>$180</td>\n</tr>\n</tbody>\n</table>',
    )
  })

  test('keeps its rows and cells in text', () => {
    expect(toText(blocks, {handlers})).toBe('Fee\tAmount\nSession\t$180')
  })

  test('without fullToHast, its content renders and one warning says how to keep it', () => {
    const warnings: RenderWarning[] = []
    expect(toHtml(blocks, {handlers, onWarning: (warning) => warnings.push(warning)})).toBe('Fee\nAmount\nSession\n$180')
    expect(warnings.map((warning) => warning.message)).toEqual([`no HTML step for mdast "table" (pass mdast-util-to-hast's toHast as fullToHast); its content was rendered.`])
  })

  test('with fullToHast but the default schema, a warning names what the sanitiser removed and how to allow it', () => {
    const warnings: RenderWarning[] = []
    expect(toHtml(blocks, {handlers, fullToHast: toHast, onWarning: (warning) => warnings.push(warning)})).toBe('\n\n\nFee\nAmount\n\n\n\n\nSession\n$180\n\n\n')
    expect(warnings.map((warning) => warning.message)).toEqual([
      "the sanitiser removed <table>, <thead>, <tr>, <th>, <tbody>, <td>, which its schema does not allow (their text is kept unless the schema strips them): to keep them, allow them in sanitize, e.g. {...sanitizeSchema, tagNames: [...sanitizeSchema.tagNames, 'table', 'thead', 'tr', 'th', 'tbody', 'td']}.",
    ])
  })
})

test("our hast handlers render pictures and callouts in a developer's own remark-rehype pipeline", () => {
  const tree = toMdast([
    {_type: 'callout', tone: 'tip', text: 'Breathe.'},
    {_type: 'imageWithCredit', alt: 'Two chairs', caption: 'Our room', asset: {url: 'https://cdn.example.com/chairs.jpg', width: 640, height: 480}},
  ])
  const processor = unified().use(remarkRehype, {handlers: createHastHandlers()}).use(rehypeStringify)
  const html = processor.stringify(processor.runSync(tree))
  expect(html).toBe(toHtml([
    {_type: 'callout', tone: 'tip', text: 'Breathe.'},
    {_type: 'imageWithCredit', alt: 'Two chairs', caption: 'Our room', asset: {url: 'https://cdn.example.com/chairs.jpg', width: 640, height: 480}},
  ], {sanitize: false}))
})
