/**
 * A person's walk through the example site in Debian's Chromium: home -> article ->
 * author -> office -> topic -> search -> 404, following links and the search form. On
 * each page axe-core finds no violations, every image has alt text (empty only for a
 * decorative one) and loads, JSON-LD parses, and nothing outside 127.0.0.1 is requested.
 * Screenshots go to test-output/screenshots/ (git-ignored) for a person to look at.
 */
import {mkdir} from 'node:fs/promises'
import {createRequire} from 'node:module'

import type {Page} from 'playwright-core'
import {afterAll, beforeAll, expect, it} from 'vitest'

import {blockExternalRequests, launchChromium, type LaunchedChromium} from '../support/chromium.ts'
import {repoPath} from '../support/shared.ts'
import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

const AXE_SOURCE: string = (createRequire(import.meta.url)('axe-core') as {source: string}).source
const SHOTS = repoPath('test-output/screenshots')

let served: ServedDataset
let browser: LaunchedChromium
let blocked: string[]

beforeAll(async () => {
  served = await serveDataset()
  browser = await launchChromium({timeoutMs: 20_000, viewport: {width: 1280, height: 900}})
  blocked = await blockExternalRequests(browser.context)
  await mkdir(SHOTS, {recursive: true})
})
afterAll(async () => {
  await browser?.close()
  await served?.close()
})

interface PageReport {
  violations: {id: string; help: string; nodes: string[]}[]
  images: {src: string; alt: string | null; loaded: boolean}[]
  jsonLd: unknown[]
}

/** Runs axe-core (evaluated through the DevTools protocol: the page's CSP allows no script), loads every image, parses JSON-LD. */
async function inspect(page: Page, name: string): Promise<PageReport> {
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (context: Document) => Promise<{violations: {id: string; help: string; nodes: {target: string[]}[]}[]}>}}).axe
    const result = await axe.run(document)
    return result.violations.map((violation) => ({id: violation.id, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' '))}))
  })
  const images = await page.evaluate(async () => {
    const all = [...document.images]
    for (const image of all) image.loading = 'eager'
    await Promise.all(all.map((image) => image.decode().catch(() => undefined)))
    return all.map((image) => ({src: image.currentSrc, alt: image.getAttribute('alt'), loaded: image.complete && image.naturalWidth > 0}))
  })
  const jsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '')))
  await page.screenshot({path: `${SHOTS}/${name}.png`, fullPage: true})
  return {violations, images, jsonLd}
}

function types(report: PageReport): unknown[] {
  return report.jsonLd.map((data) => (data as {'@type': unknown})['@type'])
}

function expectClean(report: PageReport) {
  expect(report.violations).toEqual([])
  for (const image of report.images) {
    expect(image.loaded).toBe(true)
    expect(typeof image.alt).toBe('string')
  }
}

it('walks home -> article -> author -> office -> topic -> search -> 404', async () => {
  const {page} = browser
  await page.goto(`${served.origin}/`)
  expect(await page.title()).toBe('Talk with Lia')
  const home = await inspect(page, '1-home')
  expectClean(home)
  expect(types(home)).toEqual(['WebSite'])
  expect(home.images.length).toBeGreaterThanOrEqual(7)

  await page.getByRole('link', {name: 'When is it time to try couples therapy?'}).click()
  await page.waitForURL('**/articles/when-to-try-couples-therapy')
  expect(await page.locator('h1').innerText()).toBe('When is it time to try couples therapy?')
  const article = await inspect(page, '2-article')
  expectClean(article)
  expect(types(article)).toEqual(['BlogPosting', 'BreadcrumbList'])
  expect(article.jsonLd[0]).toMatchObject({headline: 'When is it time to try couples therapy?', author: {'@type': 'Person', name: 'Sam Rivera (sample author)'}})
  expect(await page.locator('.hero img').getAttribute('srcset')).toMatch(/ 640w, .* 1280w/)
  expect(await page.locator('nav.toc li').count()).toBeGreaterThan(1)

  await page.locator('a[rel="author"]').click()
  await page.waitForURL('**/authors/sam-rivera')
  const author = await inspect(page, '3-author')
  expectClean(author)
  expect(types(author)).toEqual(['Person', 'BreadcrumbList'])

  await page.getByRole('main').getByRole('link', {name: 'San Jose office'}).last().click()
  await page.waitForURL('**/locations/san-jose')
  expect(await page.locator('h1').innerText()).toBe('San Jose office')
  const office = await inspect(page, '4-office')
  expectClean(office)
  expect(types(office)).toEqual(['MedicalClinic', 'BreadcrumbList'])

  await page.getByRole('contentinfo').getByRole('link', {name: 'Communication'}).click()
  await page.waitForURL('**/topics/communication')
  expectClean(await inspect(page, '5-topic'))

  await page.getByRole('banner').getByLabel('Search articles').fill('listening')
  await page.getByRole('banner').getByRole('button', {name: 'Search'}).click()
  await page.waitForURL('**/search?q=listening')
  expect(await page.getByRole('status').innerText()).toMatch(/^\d+ articles? match(es)? “listening”\.$/)
  expectClean(await inspect(page, '6-search'))

  const missing = await page.goto(`${served.origin}/no-such-page`)
  expect(missing?.status()).toBe(404)
  expect(await page.locator('h1').innerText()).toBe('Page not found')
  expectClean(await inspect(page, '7-not-found'))

  expect(blocked).toEqual([])
}, 180_000)
