/**
 * The query API's evaluator, in a worker thread: groq-js cannot be interrupted, so the
 * main thread terminates this worker when a query runs past the time limit, and starts
 * another. Receives the dataset's documents (`load`) and requests (`query`); answers each
 * request with the SDK's `createQueryHandler`, scheduled articles held back without the
 * preview secret (see held-back-query-handler.ts).
 */
// worker_threads' postMessage has no target origin (the rule is for window.postMessage).
/* oxlint-disable unicorn/require-post-message-target-origin */
import {parentPort, workerData} from 'node:worker_threads'

import type {DatasetDocument} from '@practice-press/sdk'

import {createHeldBackQueryHandler} from '../app/lib/held-back-query-handler.ts'

/** What the main thread sends. */
export type WorkerMessage =
  | {type: 'load'; documents: DatasetDocument[]}
  | {type: 'query'; id: number; url: string; method: string; headers: [string, string][]; body: string | undefined}

/** What the worker answers. */
export interface WorkerAnswer {
  id: number
  status: number
  headers: [string, string][]
  body: string
}

/** Set once, at start. */
export interface WorkerSettings {
  dataset: string
  previewToken: string | undefined
  assetBaseUrl: string
}

/** Posted once the worker has loaded its modules: the time limit counts from dispatch to a ready worker. */
const READY = 'ready'

const settings = workerData as WorkerSettings
let handle: ((request: Request) => Promise<Response>) | undefined

parentPort?.on('message', async (message: WorkerMessage) => {
  if (message.type === 'load') {
    // Scheduled articles are held back from every request without the preview secret.
    handle = createHeldBackQueryHandler(message.documents, {
      dataset: settings.dataset,
      previewToken: settings.previewToken,
      source: {assetBaseUrl: settings.assetBaseUrl, resultCache: 500},
    })
    return
  }
  let answer: WorkerAnswer
  try {
    if (!handle) throw new Error('No dataset loaded.')
    const request = new Request(message.url, {method: message.method, headers: message.headers, ...(message.body === undefined ? {} : {body: message.body})})
    const response = await handle(request)
    answer = {id: message.id, status: response.status, headers: [...response.headers], body: await response.text()}
  } catch (error) {
    const body = JSON.stringify({statusCode: 500, error: 'Internal Server Error', message: (error as Error).message})
    answer = {id: message.id, status: 500, headers: [['content-type', 'application/json; charset=utf-8']], body}
  }
  parentPort?.postMessage(answer)
})
parentPort?.postMessage(READY)
