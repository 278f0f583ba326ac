/**
 * A trailing slash is a 308 to the canonical address (it was the 404 page, whose canonical
 * link pointed at itself), the query kept, never to another site; the 404 page carries no
 * canonical link and asks not to be indexed.
 */
import {createApp} from '@practice-press/cli/app'
import {createDatasetSource} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {beforeAll, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

let app: ReturnType<typeof createApp>
beforeAll(async () => {
  app = createApp({source: createDatasetSource(await readExport(repoPath('content')))})
})

const fetchApp = (path: string, method = 'GET') => app.fetch(new Request(`http://localhost${path}`, {method, redirect: 'manual'}))

it.each([
  ['/articles/repair-after-an-argument/', '/articles/repair-after-an-argument'],
  ['/topics/couples/', '/topics/couples'],
  ['/authors/lia-huynh/', '/authors/lia-huynh'],
  ['/locations/san-jose//', '/locations/san-jose'],
  ['/search/?q=trust', '/search?q=trust'],
  ['//evil.example/', '/evil.example'],
  ['///evil.example//', '/evil.example'],
])('GET %s is a 308 to %s', async (path, location) => {
  for (const method of ['GET', 'HEAD']) {
    const response = await fetchApp(path, method)
    expect([method, response.status, response.headers.get('location')]).toEqual([method, 308, location])
  }
  expect((await fetchApp(location)).status).toBe(location.startsWith('/evil') ? 404 : 200)
})

it('the home page is itself, not a redirect', async () => {
  expect((await fetchApp('/')).status).toBe(200)
})

it('the 404 page carries no canonical link and asks not to be indexed', async () => {
  const response = await fetchApp('/no-such-page')
  const page = await response.text()
  expect(response.status).toBe(404)
  expect(page).not.toContain('rel="canonical"')
  expect(page).toContain('<meta name="robots" content="noindex">')
})

it('every other page keeps its canonical link', async () => {
  const page = await (await fetchApp('/topics/couples')).text()
  expect(page).toMatch(/<link rel="canonical" href="[^"]*\/topics\/couples">/)
})
