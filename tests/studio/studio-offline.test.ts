/**
 * The built Studio (studio/dist), opened offline in Chromium with no Sanity project
 * configured, says plainly that it is not connected, and still shows its desk structure.
 *
 * It builds nothing: `pnpm test` runs `pnpm studio:build` (without SANITY_STUDIO_* set)
 * before vitest. Every request to a host other than 127.0.0.1 is aborted at once, so the
 * result does not depend on the network.
 */
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {blockExternalRequests, launchChromium, type LaunchedChromium} from '../support/chromium.ts'
import {serveStatic, type StaticServer} from '../support/static-server.ts'

/** The built Studio; STUDIO_DIST points the test at another build (e.g. to check it catches a regression). */
const dist = process.env.STUDIO_DIST || fileURLToPath(new URL('../../studio/dist/', import.meta.url))
const screenshot = join(tmpdir(), 'practice-press-studio-offline.png')

/** The notice's first line, from studio/src/not-connected-banner.tsx. */
const NOTICE = 'This Studio is not connected to a Sanity project.'
const WAIT_MS = 30_000

let server: StaticServer | undefined
let browser: LaunchedChromium | undefined
let blocked: string[] = []

/** What the page says, for failure messages. */
async function describePage(page: Page): Promise<string> {
  await page.screenshot({path: screenshot}).catch(() => undefined)
  const text = await page
    .locator('body')
    .innerText({timeout: 5_000})
    .catch(() => '(no text)')
  return `The page (${page.url()}, screenshot ${screenshot}) shows:\n${text.slice(0, 1_500)}`
}

async function expectVisible(page: Page, text: string, hint = ''): Promise<void> {
  try {
    await page.getByText(text, {exact: true}).first().waitFor({state: 'visible', timeout: WAIT_MS})
  } catch {
    throw new Error(`"${text}" did not appear within ${WAIT_MS / 1000} s.${hint}\n${await describePage(page)}`)
  }
}

/** Opens the Studio once; later tests continue on the same page. */
async function openStudio(): Promise<Page> {
  const page = browser!.page
  if (!page.url().startsWith(server!.url)) await page.goto(`${server!.url}/`, {waitUntil: 'domcontentloaded'})
  return page
}

describe('the built Studio, offline and not connected', () => {
  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(`${join(dist, 'index.html')} is missing: run pnpm studio:build first.`)
    }
    server = await serveStatic(dist)
    browser = await launchChromium({timeoutMs: WAIT_MS})
    blocked = await blockExternalRequests(browser.context)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('says plainly that it is not connected, and how to connect it', async () => {
    const page = await openStudio()
    await expectVisible(
      page,
      NOTICE,
      ' (A Studio built with SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET set is a connected one: build it without them.)',
    )
    const notice = page.getByRole('status').filter({hasText: NOTICE})
    await expect(notice.innerText()).resolves.toMatch(/set SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET/)
    // Not Sanity's own screens for a Studio that cannot reach its project.
    await expect(page.getByText('Network error').count()).resolves.toBe(0)
    await expect(page.getByText('An error occurred').count()).resolves.toBe(0)
  }, 60_000)

  it('shows the desk structure, and the notice stays on every screen', async () => {
    const page = await openStudio()
    for (const item of ['Articles', 'Topics', 'Clinicians', 'Offices', 'Practice settings']) {
      await expectVisible(page, item)
    }
    await page.screenshot({path: screenshot})
    await page.getByText('Articles', {exact: true}).first().click()
    for (const item of ['All articles', 'Published', 'Drafts']) await expectVisible(page, item)

    await page.getByText('All articles', {exact: true}).first().click()
    // No backend: the list cannot load, and says so in its pane rather than taking the Studio down.
    await expectVisible(page, 'Could not fetch list items')

    await page.getByText('Practice settings', {exact: true}).first().click()
    // The singleton's form opens (read-only), with the plain-language field titles.
    await expectVisible(page, 'Practice name')

    await expectVisible(page, NOTICE)
    await expect(page.getByText('An error occurred').count()).resolves.toBe(0)
  }, 60_000)

  it("sends none of the Studio's own requests to Sanity's API with the placeholder project", async () => {
    await expectVisible(await openStudio(), NOTICE)
    // Sanity's background traffic (fonts, version check, its SDK's own sign-in probe) is
    // blocked like everything not on 127.0.0.1; the Studio's data and sign-in are not in it.
    const studioRequests = blocked
      .map((url) => new URL(url))
      .filter((url) => url.hostname.endsWith('.api.sanity.io'))
      .filter((url) => url.pathname.includes('/data/') || url.searchParams.get('tag')?.startsWith('sanity.studio'))
    expect(studioRequests.map(String)).toEqual([])
    expect(server!.requests).toContain('/')
  }, 60_000)
})
