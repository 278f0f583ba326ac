/**
 * `@practice-press/sdk/styles.css` resolves, and styles every class the renderer writes:
 * the classes found by rendering the whole example dataset (articles, drafts included, and
 * clinicians' biographies), and every class the sanitiser lets through (all callout tones).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

import exampleContent from '@practice-press/example-content'
import {getPractice} from '@practice-press/sdk'
import {openDataset} from '@practice-press/sdk/node'
import {renderArticle, sanitizeSchema, toHtml} from '@practice-press/sdk/render'
import {expect, it} from 'vitest'

const require = createRequire(import.meta.url)
const path = require.resolve('@practice-press/sdk/styles.css')
const css = readFileSync(path, 'utf8')

/** Every class in a piece of HTML. */
const classesIn = (html: string) => [...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/))

async function renderedClasses(): Promise<string[]> {
  const source = await openDataset(exampleContent)
  const practice = await getPractice(source)
  const articles = await source.fetch<Array<Record<string, unknown>>>('*[_type == "article"]', {}, {perspective: 'raw'})
  const bios = await source.fetch<unknown[]>('*[_type == "author" && defined(bio)].bio')
  const html = [
    ...articles.map((article) => renderArticle(article as never, {practice, format: 'html', onWarning: false})),
    ...bios.map((bio) => toHtml(bio as never, {onWarning: false})),
  ].join('\n')
  return [...new Set(classesIn(html))].toSorted()
}

it('resolves to the stylesheet in the package', () => {
  expect(path.endsWith('/packages/sdk/src/render/html/styles.css')).toBe(true)
  expect(css.length).toBeGreaterThan(0)
})

it('the example dataset’s rendering uses the renderer’s classes', async () => {
  expect(await renderedClasses()).toEqual(['button', 'call-to-action', 'callout', 'callout-caution', 'callout-crisis', 'callout-important', 'callout-label', 'callout-note', 'callout-tip', 'credit', 'pull-quote'])
})

it('styles every class rendered or allowed by the sanitiser', async () => {
  const allowed = Object.values(sanitizeSchema.attributes ?? {})
    .flat()
    .flatMap((rule) => (Array.isArray(rule) && rule[0] === 'className' ? (rule.slice(1) as string[]) : []))
  const classes = [...new Set([...(await renderedClasses()), ...allowed])].toSorted()
  const unstyled = classes.filter((name) => !new RegExp(`\\.${name}(?![\\w-])`).test(css))
  expect(unstyled).toEqual([])
})

it('has a dark scheme, a phone layout, and a crisis notice that stands out', () => {
  expect(css).toContain('@media (prefers-color-scheme: dark)')
  expect(css).toContain('@media (max-width: 30rem)')
  const crisis = css.slice(css.indexOf('.callout-crisis {'), css.indexOf('}', css.indexOf('.callout-crisis {')))
  expect(crisis).toContain('border: 0.125rem solid var(--pp-crisis)')
  expect(crisis).toContain('font-size: 1.05em')
})
