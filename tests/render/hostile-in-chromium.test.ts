/**
 * The hostile corpus, rendered by `toHtml` and loaded in headless Chromium (Debian's, via
 * playwright-core): no case may run script (a `window.__pwned` canary any injected script
 * would set, and a dialog listener for alert/confirm/prompt), request anything but the
 * page and the test's images (every request is intercepted), or leave in the DOM an
 * element, attribute or URL scheme the renderer does not write. Each case is also pasted
 * into a `<noscript>` and a `<textarea>` (raw-text contexts a page might put it in), which
 * it must not break out of. One browser, one page, `setContent` per case. Control cases
 * first prove the traps spring.
 */
import {toHtml} from '@practice-press/sdk/render'
import {afterAll, beforeAll, expect, test} from 'vitest'

import {hostileCases, IMAGE_ORIGIN} from '../../packages/sdk/test/fixtures/hostile/index.ts'
import {launchChromium, type LaunchedChromium} from '../support/chromium.ts'

const PAGE_URL = `${IMAGE_ORIGIN}/hostile`
const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title></head><body></body></html>'
// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

let browser: LaunchedChromium
const foreignRequests: string[] = []
const dialogs: string[] = []

beforeAll(async () => {
  browser = await launchChromium({timeoutMs: 15_000})
  const {context, page} = browser
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url === PAGE_URL) return route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: PAGE})
    if (url.startsWith(`${IMAGE_ORIGIN}/images/`)) return route.fulfill({status: 200, contentType: 'image/png', body: PNG})
    foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  await context.routeWebSocket(/.*/, async (socket) => {
    foreignRequests.push(socket.url())
    await socket.close()
  })
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    dialog.dismiss().catch(() => {})
  })
  await page.goto(PAGE_URL)
  // The canary: an accessor on window, so a script that sets it is recorded, and an element
  // with id="__pwned" (named access) cannot pass for it.
  await page.evaluate(() => {
    const hits: string[] = []
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => hits.length > 0,
      set: (value: unknown) => {
        hits.push(String(value))
      },
    })
    Object.defineProperty(window, '__pwnedHits', {configurable: false, value: hits})
  })
})

afterAll(async () => {
  await browser?.close()
})

/** Everything in the DOM the renderer would not write, checked by the browser's own parser. */
function inspectDom(): string[] {
  const allowed: Record<string, string[]> = {
    P: ['class'], H2: ['id'], H3: ['id'], H4: ['id'], BLOCKQUOTE: [], UL: [], OL: ['start'], LI: [], STRONG: [], EM: [], CODE: [], BR: [],
    A: ['href', 'rel', 'target', 'class'], FIGURE: ['class'], FIGCAPTION: [], IMG: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    ASIDE: ['role', 'class'], SPAN: ['class'],
  }
  const problems: string[] = []
  const top = [...document.body.children].map((element) => element.tagName).join(' ')
  if (top !== 'MAIN NOSCRIPT TEXTAREA') problems.push(`the page holds ${top}: something broke out of <noscript> or <textarea>`)
  for (const element of document.querySelectorAll('noscript *, textarea *')) problems.push(`element ${element.tagName} inside a raw-text element`)
  const main = document.querySelector('main')
  for (const element of main ? main.querySelectorAll('*') : []) {
    const names = allowed[element.tagName]
    if (!names) problems.push(`element ${element.tagName}`)
    for (const attribute of element.attributes) {
      if (!names?.includes(attribute.name)) problems.push(`${element.tagName} has ${attribute.name}="${attribute.value}"`)
    }
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href') && !['http:', 'https:', 'mailto:', 'tel:'].includes(element.protocol)) {
      problems.push(`a link to ${element.href}`)
    }
    if (element instanceof HTMLImageElement && element.currentSrc && !['http:', 'https:'].includes(new URL(element.currentSrc).protocol)) {
      problems.push(`an image from ${element.currentSrc}`)
    }
  }
  if (document.head.querySelectorAll('script, base, meta[http-equiv], link').length > 0) problems.push('something in <head>')
  return problems
}

async function load(html: string): Promise<{hits: string[]; dom: string[]}> {
  const {page} = browser
  await page.setContent(`<main>${html}</main><noscript>${html}</noscript><textarea>${html}</textarea>`, {waitUntil: 'load'})
  const dom = await page.evaluate(inspectDom)
  const hits = await page.evaluate(() => (window as unknown as {__pwnedHits: string[]}).__pwnedHits.splice(0))
  return {hits, dom}
}

test('the traps spring: an injected script and an event handler are caught', async () => {
  const script = await load('<script>window.__pwned = "script"</script>')
  expect(script.hits).toEqual(['script'])
  const handler = await load('<img src="data:," onerror="window.__pwned = \'handler\'">')
  expect(handler.hits).toEqual(['handler'])
  expect(handler.dom).toEqual(['IMG has onerror="window.__pwned = \'handler\'"', 'an image from data:,'])
  await load('<img src="https://example.invalid/x.png">')
  expect(foreignRequests.splice(0)).toEqual(['https://example.invalid/x.png'])
  const breakout = await load('<img alt="</noscript></textarea><b>out</b>" src="http://127.0.0.1/images/a.png">')
  expect(breakout.dom).toEqual(['the page holds MAIN NOSCRIPT B TEXTAREA B: something broke out of <noscript> or <textarea>'])
})

test('no hostile case runs script, opens a dialog or makes a request', async () => {
  const cases = hostileCases()
  const failures: string[] = []
  const started = performance.now()
  for (const {name, input} of cases) {
    const {hits, dom} = await load(toHtml(input, {onWarning: false}))
    const problems = [...hits.map((hit) => `script ran: ${hit}`), ...dom, ...foreignRequests.splice(0), ...dialogs.splice(0)]
    if (problems.length > 0) failures.push(`${name}: ${problems.join('; ')}`)
  }
  // Late timers and image events get a moment to fire.
  await browser.page.waitForTimeout(200)
  const late = await browser.page.evaluate(() => (window as unknown as {__pwnedHits: string[]}).__pwnedHits.splice(0))
  expect({failures, late, foreignRequests, dialogs}).toEqual({failures: [], late: [], foreignRequests: [], dialogs: []})
  expect(cases.length).toBeGreaterThanOrEqual(100)
  expect(performance.now() - started).toBeLessThan(90_000)
}, 120_000)
