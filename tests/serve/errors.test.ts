/**
 * The app's failure modes, in process: a source that fails gives a plain 500 page (the
 * error goes to onError, no detail to the reader); the app's code never imports a Node
 * built-in (only the Node entry touches the file system).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

import {createApp} from '@practice-press/cli/app'
import type {ContentSource} from '@practice-press/sdk'
import {expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

it('answers a failing source with a clear 500 page, and hands the error to onError', async () => {
  const failing: ContentSource = {
    kind: 'dataset',
    images: {kind: 'dataset', assetBaseUrl: '/images'},
    fetch: () => Promise.reject(new Error('disk on fire at /secret/path')),
  }
  const errors: unknown[] = []
  const app = createApp({source: failing, onError: (error) => errors.push(error)})
  const response = await app.fetch(new Request('http://localhost/articles/anything'))
  expect(response.status).toBe(500)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  const body = await response.text()
  expect(body).toContain('<h1>Something went wrong</h1>')
  expect(body).not.toContain('disk on fire')
  expect(body).not.toContain('/secret/path')
  expect(errors.map((error) => (error as Error).message)).toEqual(['disk on fire at /secret/path'])
  expect((await app.fetch(new Request('http://localhost/health'))).status).toBe(503)
})

it('rejects bad options at once, naming the option', () => {
  expect(() => createApp({} as never)).toThrow('createApp needs {source}: a ContentSource, or a function that returns the current one.')
  expect(() => createApp({source: () => ({}) as ContentSource, baseUrl: 'example.com'})).toThrow(
    'baseUrl must be an http(s) URL such as https://www.example.com; got "example.com".',
  )
})

it('keeps Node out of the app: no file under src/app imports a Node built-in', () => {
  const folder = repoPath('packages/cli/src/app')
  const files = readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.ts'))
  expect(files.length).toBeGreaterThan(20)
  const offenders = files.filter((file) => /from '(node:|fs|path|os|child_process|worker_threads)/.test(readFileSync(join(folder, file), 'utf8')))
  expect(offenders).toEqual([])
})
