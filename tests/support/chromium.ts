/**
 * Launches Debian's Chromium (`apt-get install -y chromium`) with playwright-core, for
 * browser tests. Never a browser downloaded by `playwright install`.
 *
 * Each launch gets a fresh temporary profile, removed by `close()`. `blockExternalRequests`
 * keeps a page on 127.0.0.1, so a test never depends on the network: anything else is
 * aborted at once, as if the machine were offline, and recorded in `blocked`.
 */
import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {chromium, type BrowserContext, type Page} from 'playwright-core'

/** Where Debian's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export interface LaunchOptions {
  /** Default timeout for every Playwright action and wait, in milliseconds. */
  timeoutMs?: number
  viewport?: {width: number; height: number}
}

export interface LaunchedChromium {
  context: BrowserContext
  /** The context's first page. */
  page: Page
  close(): Promise<void>
}

/** Starts Chromium with a fresh temporary profile. Fails with a plain message if it is not installed. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH.',
    )
  }
  const profile = await mkdtemp(join(tmpdir(), 'practice-press-chromium-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? {width: 1280, height: 800},
      timeout: options.timeoutMs ?? 60_000,
    })
  } catch (error) {
    await rm(profile, {recursive: true, force: true})
    throw error
  }
  if (options.timeoutMs !== undefined) context.setDefaultTimeout(options.timeoutMs)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    async close() {
      try {
        await context.close()
      } finally {
        await rm(profile, {recursive: true, force: true, maxRetries: 3})
      }
    },
  }
}

function isAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  if (!/^(https?|wss?):$/.test(url.protocol)) return true
  return allowedHosts.includes(url.hostname)
}

/**
 * Aborts every HTTP request and WebSocket to a host other than `allowedHosts` (127.0.0.1
 * by default), at once and as a network failure. Returns the list of blocked URLs, which
 * grows as the page runs.
 */
export async function blockExternalRequests(
  context: BrowserContext,
  allowedHosts: readonly string[] = ['127.0.0.1'],
): Promise<string[]> {
  const blocked: string[] = []
  await context.route(
    (url) => !isAllowed(url, allowedHosts),
    async (route) => {
      blocked.push(route.request().url())
      await route.abort('internetdisconnected')
    },
  )
  await context.routeWebSocket(
    (url) => !isAllowed(url, allowedHosts),
    async (socket) => {
      blocked.push(socket.url())
      await socket.close({code: 1011, reason: 'blocked by the test: offline'})
    },
  )
  return blocked
}
