/**
 * The Sanity source: the real @sanity/client code path, against our query handler on
 * 127.0.0.1. Requests are tagged; drafts skip the CDN and send the token; a token is
 * refused in a browser unless explicitly allowed; failures are typed errors.
 */
import {createDatasetSource, createQueryHandler, createSanitySource, getArticle, isContentQueryError} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {serveHandler, type ServedHandler} from '../support/serve-handler.ts'
import {repoPath} from '../support/shared.ts'
import {NOW} from './sdk-queries.ts'

let server: ServedHandler
const base = {projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', useProjectHostname: false} as const

beforeAll(async () => {
  server = await serveHandler(createQueryHandler(createDatasetSource(await readExport(repoPath('content'))), {previewToken: 'test-preview-secret-0123'}))
})
afterAll(() => server.close())

describe('createSanitySource', () => {
  it('tags each request with the function that made it', async () => {
    const source = createSanitySource({...base, apiHost: server.origin, useCdn: false})
    await getArticle(source, {slug: 'repair-after-an-argument', now: NOW})
    const url = new URL(server.requests.at(-1)!.url, server.origin)
    expect({path: url.pathname, tag: url.searchParams.get('tag'), perspective: url.searchParams.get('perspective')}).toEqual({
      path: '/v2025-02-19/data/query/production',
      tag: 'practice-press.getArticle',
      perspective: 'published',
    })
  })

  it('sends the token for drafts, and drafts come back overlaid', async () => {
    const source = createSanitySource({...base, apiHost: server.origin, token: 'test-preview-secret-0123'})
    const title = await source.fetch('*[_id == "article-repair-after-an-argument"][0].title', {}, {perspective: 'drafts'})
    expect({authorization: server.requests.at(-1)!.authorization, draft: title !== 'How to repair after an argument'}).toEqual({
      authorization: 'Bearer test-preview-secret-0123',
      draft: true,
    })
  })

  it('turns failures into a ContentQueryError with the query, params and HTTP status', async () => {
    const source = createSanitySource({...base, apiHost: server.origin})
    const error = await source.fetch('*[_id == $id]', {id: 'x'}, {perspective: 'raw'}).catch((caught: unknown) => caught)
    expect(isContentQueryError(error) && {status: error.statusCode, query: error.query, params: error.params}).toEqual({
      status: 401,
      query: '*[_id == $id]',
      params: {id: 'x'},
    })
  })

  it('refuses a token in a browser unless explicitly allowed, and never echoes it', () => {
    const globals = globalThis as {window?: unknown; document?: unknown}
    globals.window = {}
    globals.document = {}
    try {
      let message = ''
      try {
        createSanitySource({...base, token: 'sk-very-secret'})
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toContain('createSanitySource: options.token must not be given in a browser, where anyone can read it')
      expect(message).not.toContain('sk-very-secret')
      expect(createSanitySource({...base, token: 'sk-very-secret', allowBrowserToken: true}).kind).toBe('sanity')
    } finally {
      delete globals.window
      delete globals.document
    }
  })

  it('names a missing option', () => {
    expect(() => createSanitySource({projectId: 'x', dataset: 'production'} as never)).toThrow(
      'createSanitySource: options.apiVersion must be a dated API version, a non-empty string such as "2025-02-19"; got undefined.',
    )
  })
})
