// worker_threads' postMessage has no target origin (the rule is for window.postMessage).
/* oxlint-disable unicorn/require-post-message-target-origin */
import {extname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

import type {DatasetDocument} from '@practice-press/sdk'

import type {WorkerAnswer, WorkerMessage, WorkerSettings} from './query-worker.ts'

const FORWARDED_HEADERS = ['authorization', 'content-type'] as const

/** What a worker posts once its modules are loaded (see query-worker.ts). */
const READY = 'ready'

/** Options for {@link createWorkerQueryRunner}. */
export interface WorkerQueryRunnerOptions extends WorkerSettings {
  /** Worker threads evaluating queries side by side. Default 2. */
  workers?: number
  /** A query running longer is stopped (its worker terminated) and answered 408. Default 5,000 ms. */
  timeoutMs?: number
}

/** The query API evaluated in worker threads with a time limit. */
export interface WorkerQueryRunner {
  handle(request: Request): Promise<Response>
  /** Gives every worker (and every worker started later) these documents. */
  load(documents: readonly DatasetDocument[]): void
  close(): Promise<void>
}

interface Slot {
  worker: Worker
  /** Whether the worker has loaded its modules (starting one takes a while). */
  ready: boolean
  current?: {id: number; resolve: (response: Response) => void; timer: NodeJS.Timeout}
}

interface Waiting {
  message: Extract<WorkerMessage, {type: 'query'}>
  resolve: (response: Response) => void
  /** Answers 503 if no evaluator has taken the query within the time limit. */
  timer: NodeJS.Timeout
}

/**
 * Evaluates the query API in worker threads. groq-js cannot be interrupted by a timer, so a
 * query past `timeoutMs` gets 408 in Sanity's error shape and its worker is terminated and
 * replaced; the other workers keep answering meanwhile, and pages are served by the main
 * thread throughout. A query that waits for a free worker waits at most `timeoutMs` too
 * (then 503, "busy"), and at most {@link MAX_WAITING} wait at once, so slow queries cannot
 * hold up the API for long.
 */
export function createWorkerQueryRunner(options: WorkerQueryRunnerOptions): WorkerQueryRunner {
  const timeoutMs = options.timeoutMs ?? 5000
  const settings: WorkerSettings = {dataset: options.dataset, previewToken: options.previewToken, assetBaseUrl: options.assetBaseUrl}
  let documents: readonly DatasetDocument[] = []
  let nextId = 1
  let closed = false
  let warm = false
  const waiting: Waiting[] = []
  const slots: Slot[] = []

  const start = (): Slot => {
    const slot: Slot = {worker: spawn(settings), ready: false}
    slot.worker.postMessage({type: 'load', documents: documents as DatasetDocument[]} satisfies WorkerMessage)
    slot.worker.on('message', (answer: WorkerAnswer | typeof READY) => {
      if (answer === READY) {
        slot.ready = true
        warm = true
        dispatch()
        return
      }
      const current = slot.current
      if (!current || current.id !== answer.id) return
      clearTimeout(current.timer)
      slot.current = undefined
      current.resolve(new Response(answer.body, {status: answer.status, headers: answer.headers}))
      dispatch()
    })
    slot.worker.on('error', () => replace(slot, 500, 'The query evaluator failed; the query was not answered.'))
    slot.worker.unref()
    return slot
  }

  const replace = (slot: Slot, status: number, message: string) => {
    const current = slot.current
    slot.current = undefined
    if (current) {
      clearTimeout(current.timer)
      current.resolve(errorResponse(status, message))
    }
    void slot.worker.terminate()
    if (closed) return
    const index = slots.indexOf(slot)
    if (index !== -1) slots[index] = start()
    dispatch()
  }

  // A query waiting for a free worker past the time limit gets 503; while the first workers
  // start (no worker has been ready yet), waiting is start-up, not a queue, and goes on.
  const expire = (entry: Waiting) => {
    const index = waiting.indexOf(entry)
    if (index === -1) return
    if (!warm) {
      entry.timer = setTimeout(() => expire(entry), timeoutMs)
      return
    }
    waiting.splice(index, 1)
    entry.resolve(errorResponse(503, BUSY))
  }

  const dispatch = () => {
    for (const slot of slots) {
      if (!slot.ready || slot.current || waiting.length === 0) continue
      const next = waiting.shift()!
      clearTimeout(next.timer)
      const timer = setTimeout(
        () => replace(slot, 408, `The query took longer than ${timeoutMs} ms and was stopped. Narrow it (filter by _type, slice the results) and try again.`),
        timeoutMs,
      )
      slot.current = {id: next.message.id, resolve: next.resolve, timer}
      slot.worker.postMessage(next.message)
    }
  }

  for (let index = 0; index < (options.workers ?? 2); index++) slots.push(start())

  return {
    async handle(request) {
      if (closed) return errorResponse(503, 'The server is stopping.')
      const body = request.method === 'POST' ? await request.text() : undefined
      // Only the headers the query handler reads cross to the worker.
      const headers = FORWARDED_HEADERS.flatMap((name): [string, string][] => {
        const value = request.headers.get(name)
        return value === null ? [] : [[name, value]]
      })
      const message = {type: 'query' as const, id: nextId++, url: request.url, method: request.method, headers, body}
      if (waiting.length >= MAX_WAITING) return errorResponse(503, BUSY)
      return new Promise<Response>((resolve) => {
        const entry: Waiting = {message, resolve, timer: setTimeout(() => expire(entry), timeoutMs)}
        waiting.push(entry)
        dispatch()
      })
    },
    load(next) {
      documents = next
      for (const slot of slots) slot.worker.postMessage({type: 'load', documents: documents as DatasetDocument[]} satisfies WorkerMessage)
    },
    async close() {
      closed = true
      for (const entry of waiting.splice(0)) {
        clearTimeout(entry.timer)
        entry.resolve(errorResponse(503, 'The server is stopping.'))
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
  }
}

/** How many queries may wait for a free worker at once; more are answered 503 at once. */
export const MAX_WAITING = 64

const BUSY = 'The query API is busy with other queries; try again in a moment.'

function spawn(settings: WorkerSettings): Worker {
  const here = fileURLToPath(import.meta.url)
  const fromSource = extname(here) === '.ts'
  // From source (this repository), the worker needs the condition that points package
  // names at their TypeScript; from the published build, nothing.
  return new Worker(new URL(`./query-worker${extname(here)}`, import.meta.url), {
    workerData: settings,
    ...(fromSource ? {execArgv: ['--conditions=@practice-press/source']} : {}),
  })
}

function errorResponse(status: number, message: string): Response {
  const error = status === 408 ? 'Request Timeout' : status === 503 ? 'Service Unavailable' : 'Internal Server Error'
  return new Response(JSON.stringify({statusCode: status, error, message}), {status, headers: {'content-type': 'application/json; charset=utf-8'}})
}
