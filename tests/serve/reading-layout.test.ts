/**
 * Reading on a phone and on paper, in Debian's Chromium (issue 23 §4): every page reflows
 * at 320 CSS px with no sideways scrolling (WCAG 2.2, 1.4.10 Reflow: a 1280 px screen at
 * 400% zoom); the first screen of an article shows its text under the hero at 1280x800 and
 * 390x844; "On this page" comes before the body on a phone, collapsed, and numbers an h3
 * within its h2; a pull quote has one bar; printed, an article is the article alone (byline,
 * its address, link URLs written out, the crisis notice) on few US Letter pages.
 * Screenshots and the PDF go to test-output/ (git-ignored) for a person to look at.
 */
import {mkdir, writeFile} from 'node:fs/promises'

import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {blockExternalRequests, launchChromium, type LaunchedChromium} from '../support/chromium.ts'
import {repoPath} from '../support/shared.ts'
import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

const OUT = repoPath('test-output/reading')
const ARTICLE = '/articles/repair-after-an-argument'
const PAGES = ['/', ARTICLE, '/articles/listening-so-your-partner-feels-heard', '/authors/lia-huynh', '/locations/san-jose', '/topics/couples', '/search?q=argument', '/contact', '/no-such-page']

let served: ServedDataset
let browser: LaunchedChromium
beforeAll(async () => {
  served = await serveDataset()
  browser = await launchChromium({timeoutMs: 20_000, viewport: {width: 1280, height: 800}})
  await blockExternalRequests(browser.context)
  await mkdir(OUT, {recursive: true})
})
afterAll(async () => {
  await browser?.close()
  await served?.close()
})

describe('reading layout', () => {
  it('every page reflows at 320 CSS px: nothing wider than the screen', async () => {
    const {page} = browser
    await page.setViewportSize({width: 320, height: 640})
    const wide: string[] = []
    for (const path of PAGES) {
      await page.goto(`${served.origin}${path}`)
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth
        const offenders = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5 && getComputedStyle(element).position !== 'absolute')
        return {scroll: document.documentElement.scrollWidth, width, offenders: offenders.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`)}
      })
      if (overflow.scroll > overflow.width || overflow.offenders.length > 0) wide.push(`${path}: ${overflow.scroll}px wide (${overflow.offenders.join(', ')})`)
    }
    await page.goto(`${served.origin}${ARTICLE}`)
    await page.screenshot({path: `${OUT}/article-320.png`, fullPage: true})
    expect(wide).toEqual([])
  })

  it('the first screen of an article at 1280x800 shows the start of its text under the hero', async () => {
    const {page} = browser
    await page.setViewportSize({width: 1280, height: 800})
    await page.goto(`${served.origin}${ARTICLE}`)
    const top = await page.locator('.e-content > p').first().evaluate((element) => element.getBoundingClientRect().top)
    await page.screenshot({path: `${OUT}/article-first-screen-1280.png`})
    expect(top).toBeLessThan(800 - 40)
  })

  it('the first screen of an article at 390x844 shows its title, summary, byline and the top of the hero', async () => {
    const {page} = browser
    await page.setViewportSize({width: 390, height: 844})
    await page.goto(`${served.origin}${ARTICLE}`)
    const box = (selector: string) => page.locator(selector).first().evaluate((element) => ({top: element.getBoundingClientRect().top, bottom: element.getBoundingClientRect().bottom}))
    await page.screenshot({path: `${OUT}/article-first-screen-390.png`})
    expect((await box('.lede')).bottom).toBeLessThan(844)
    expect((await box('.byline')).bottom).toBeLessThan(844)
    expect((await box('.hero')).top).toBeLessThan(844 - 40)
  })

  it('on a phone, "On this page" comes before the body, collapsed; an h3 is numbered within its h2; a pull quote has one bar', async () => {
    const {page} = browser
    await page.setViewportSize({width: 390, height: 844})
    await page.goto(`${served.origin}/articles/listening-so-your-partner-feels-heard`)
    const inline = page.locator('nav.toc-inline')
    await expect.poll(() => inline.isVisible()).toBe(true)
    expect(await page.locator('nav.toc-aside').isVisible()).toBe(false)
    expect(await inline.locator('details').getAttribute('open')).toBeNull()
    const before = await page.evaluate(() => {
      const nav = document.querySelector('nav.toc-inline')!
      const body = document.querySelector('.e-content')!
      return Boolean(nav.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    expect(before).toBe(true)
    // Nested lists: no h3 is an item of the top-level list.
    const levels = await page.evaluate(() => {
      const top = document.querySelector('nav.toc-aside > ol')!
      return {top: top.querySelectorAll(':scope > li').length, nested: top.querySelectorAll('li li').length}
    })
    expect(levels.top).toBeGreaterThan(1)
    expect(levels.nested).toBeGreaterThan(0)
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll('figure.pull-quote')].map((figure) => {
        const drawn = [figure, ...figure.querySelectorAll('*')].filter((element) => parseFloat(getComputedStyle(element).borderLeftWidth) > 0)
        return drawn.length
      }),
    )
    expect(bars.length).toBeGreaterThan(0)
    expect(bars.every((count) => count === 1)).toBe(true)
    await page.setViewportSize({width: 1280, height: 800})
    expect(await page.locator('nav.toc-aside').isVisible()).toBe(true)
    expect(await inline.isVisible()).toBe(false)
  })

  it('printed, an article is the article alone on at most 2 US Letter pages, with its byline, address, link URLs and the crisis notice', async () => {
    const {page} = browser
    await page.setViewportSize({width: 1280, height: 800})
    await page.goto(`${served.origin}${ARTICLE}`)
    await page.emulateMedia({media: 'print'})
    const shown = await page.evaluate(() => {
      const external = document.querySelector('.e-content p a[href]')
      return {
        header: [...document.querySelectorAll('.site-header')].some((element) => element.checkVisibility()),
        footer: [...document.querySelectorAll('.site-footer')].some((element) => element.checkVisibility()),
        toc: [...document.querySelectorAll('nav.toc-aside')].some((element) => element.checkVisibility()) || [...document.querySelectorAll('nav.toc-inline')].some((element) => element.checkVisibility()),
        related: [...document.querySelectorAll('.related')].some((element) => element.checkVisibility()),
        byline: [...document.querySelectorAll('.byline')].some((element) => element.checkVisibility()),
        address: document.querySelector('.print-only') ? getComputedStyle(document.querySelector('.print-only')!).display : 'none',
        crisis: [...document.querySelectorAll('.callout-crisis')].some((element) => element.checkVisibility()),
        linkAfter: external ? getComputedStyle(external, '::after').content : 'none',
        href: external?.getAttribute('href') ?? '',
      }
    })
    expect(shown).toMatchObject({header: false, footer: false, toc: false, related: false, byline: true, address: 'block', crisis: true})
    expect(shown.href).toMatch(/^(https?:|\/)/)
    expect(shown.linkAfter).toContain(shown.href)
    // While print is emulated: page.pdf() lays out with the emulated media, and screen would win.
    const pdf = await page.pdf({format: 'Letter'})
    await writeFile(`${OUT}/article.pdf`, pdf)
    await page.setViewportSize({width: 816, height: 1056})
    await page.screenshot({path: `${OUT}/article-print.png`, fullPage: true})
    await page.emulateMedia({media: null})
    // The page tree's /Count: how many pages (it printed as 5 with the site around it).
    const pages = Number(pdf.toString('latin1').match(/\/Type\s*\/Pages\b[^>]*?\/Count (\d+)|\/Count (\d+)[^>]*?\/Type\s*\/Pages\b/)?.slice(1).find(Boolean) ?? 0)
    expect(pages).toBeGreaterThan(0)
    expect(pages).toBeLessThanOrEqual(2)
  })
})
