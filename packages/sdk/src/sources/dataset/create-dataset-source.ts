import {evaluate, parse, type ExprNode} from 'groq-js'

import {OptionError} from '../../vocabulary/option-error.ts'
import {ContentQueryError, positionAt} from '../content-query-error.ts'
import {assertPerspective, assertSignal, type ContentSource, type FetchOptions, type Perspective, type QueryParams, type QueryResult} from '../content-source.ts'
import {assertDocuments} from './assert-documents.ts'
import {createDatasetView, type DatasetView} from './dataset-view.ts'
import type {DatasetDocument} from './parse-ndjson-line.ts'
import {documentsFor, type MergedDocuments} from './perspective-documents.ts'
import {planQuery, type QueryPlan} from './query-plan.ts'
import {missingParameter, referencedParameters, type ParameterReference} from './referenced-parameters.ts'
import {checkAssetBaseUrl} from './resolve-export-assets.ts'
import {deepFreeze} from '../../vocabulary/deep-freeze.ts'
import {runQuery, type QueryTrace} from './run-query.ts'
import {MAX_INCREMENTAL_CHANGES, updateDatasetView} from './update-dataset-view.ts'

/** Options for {@link createDatasetSource}. */
export interface DatasetSourceOptions {
  /** The perspective of queries that name none. Default `published`. */
  perspective?: Perspective | undefined
  /** Where the local image server answers; image URLs start with it. Default `/images`. */
  assetBaseUrl?: string | undefined
  /**
   * Use the indexes and fast paths (default `true`). `false` runs every query exactly as
   * plain groq-js does (`evaluate(parse(query, {params}), {dataset, params})`): the
   * baseline the tests and benchmarks compare against.
   */
  indexes?: boolean | undefined
  /** Called after every query with how it was answered (which fast paths were taken). */
  onTrace?: ((trace: QueryTrace & {query: string; perspective: Perspective}) => void) | undefined
  /** The clock for `now()` in queries; default the current time. */
  now?: (() => Date) | undefined
  /**
   * Keep the answers to this many distinct queries (query, parameters and perspective) and
   * answer repeats from memory. Default 0 (off). Cached answers are deep-frozen, so a
   * caller that changes one gets an error instead of corrupting later answers. Queries
   * that call `now()` are never cached.
   */
  resultCache?: number | undefined
}

/** A source over documents held in memory: the {@link ContentSource} for a local dataset. */
export interface DatasetSource extends ContentSource {
  readonly kind: 'dataset'
  /** Every stored document, drafts included, as loaded. */
  readonly documents: readonly DatasetDocument[]
}

const PLAN_CACHE_SIZE = 500

/**
 * A {@link ContentSource} over documents in memory, answering GROQ with groq-js (Sanity's
 * own implementation) with Sanity's perspectives. Indexes by `_type`, `_id` and
 * `slug.current` narrow each `*[...]` to a small candidate set before groq-js sees it, and
 * `order(...)[a...b]` walks a sorted index; the results are exactly plain groq-js's.
 *
 * @example
 * ```ts
 * import {createDatasetSource} from '@practice-press/sdk'
 * const source = createDatasetSource([{_id: 'a', _type: 'topic', title: 'Couples'}])
 * await source.fetch('*[_type == "topic"].title') // ['Couples']
 * ```
 * @throws {OptionError} when `documents` is not an array, a document in it is not an
 *   object with a non-empty string `_id` and `_type` (naming the first one's index), or an
 *   option is not one it takes.
 */
export function createDatasetSource(documents: readonly DatasetDocument[], options: DatasetSourceOptions = {}): DatasetSource {
  assertDocuments(documents)
  checkDatasetSourceOptions(options, 'createDatasetSource')
  return datasetSource(documents, options, {plans: new Map(), parameterNames: new Map(), merged: new WeakMap()}, undefined)
}

/**
 * The source over `documents` after a change to the documents of `previous` (a source
 * `createDatasetSource` or this function made): the same options, and each perspective's
 * view made, when first asked, from `previous`'s by `updateDatasetView` instead of
 * afresh; the parsed-query caches are shared. `previous` keeps answering as before. This
 * is how the dataset store takes a new snapshot after a commit.
 *
 * @param documents Every document after the change, in dataset order (changed ones where
 *   they now are), each an object with a string `_id` and `_type` (not checked again).
 * @param changedIds The ids of the documents created, changed or deleted since `previous`.
 */
export function nextDatasetSource(previous: DatasetSource, documents: readonly DatasetDocument[], changedIds: ReadonlySet<string>): DatasetSource {
  const state = (previous as Partial<Record<typeof INTERNALS, SourceState>>)[INTERNALS]
  if (!state) throw new OptionError({fn: 'nextDatasetSource', option: 'previous', must: 'be a source createDatasetSource made', value: previous})
  const base = changedIds.size > MAX_INCREMENTAL_CHANGES ? undefined : {views: state.views, changedIds: new Set(changedIds)}
  return datasetSource(documents, state.options, state.shared, base)
}

/** What a source keeps that the next one after a change takes over. */
interface SourceState {
  options: DatasetSourceOptions
  views: ReadonlyMap<Perspective, DatasetView>
  shared: SharedCaches
}

/** Caches that hold across changes of the documents: by query text only, or by stored document. */
interface SharedCaches {
  plans: Map<string, QueryPlan>
  parameterNames: Map<string, ParameterReference[]>
  merged: MergedDocuments
}

const INTERNALS = Symbol('practice-press dataset source')

function datasetSource(
  documents: readonly DatasetDocument[],
  options: DatasetSourceOptions,
  shared: SharedCaches,
  base: {views: ReadonlyMap<Perspective, DatasetView>; changedIds: ReadonlySet<string>} | undefined,
): DatasetSource {
  const defaultPerspective = options.perspective ?? 'published'
  const indexes = options.indexes ?? true
  const views = new Map<Perspective, DatasetView>()
  const {plans, parameterNames} = shared
  const now = options.now ?? (() => new Date())
  const cacheSize = options.resultCache ?? 0
  const results = new Map<string, unknown>()

  const viewFor = (perspective: Perspective) => {
    let view = views.get(perspective)
    if (!view) {
      const list = documentsFor(perspective, documents, shared.merged)
      const before = base?.views.get(perspective)
      view = before && base ? updateDatasetView(before, list, perspective, base.changedIds) : createDatasetView(list)
      views.set(perspective, view)
    }
    return view
  }

  const assertParametersGiven = (query: string, params: QueryParams) => {
    let references = parameterNames.get(query)
    if (!references) {
      references = referencedParameters(query)
      if (parameterNames.size >= PLAN_CACHE_SIZE) parameterNames.delete(parameterNames.keys().next().value as string)
      parameterNames.set(query, references)
    }
    if (references.length === 0) return
    const missing = missingParameter(query, params)
    if (!missing) return
    // A syntax error in the query is the better message: report it first.
    try {
      parse(query)
    } catch (error) {
      if ((error as Error)?.name === 'GroqSyntaxError') throw error
    }
    throw new ContentQueryError(`param $${missing.name} referenced, but not provided`, {
      query,
      params,
      kind: 'parameter',
      parameter: missing.name,
      position: positionAt(query, missing.offset),
    })
  }

  const planFor = (query: string, params: QueryParams): QueryPlan => {
    const cached = plans.get(query)
    if (cached) return cached
    const key = `${query}\u0000${JSON.stringify(params)}`
    const withParams = plans.get(key)
    if (withParams) return withParams
    let tree: ExprNode
    let cacheKey = query
    try {
      tree = parse(query)
    } catch (error) {
      // Slices such as `[0...$limit]` need their parameters at parse time.
      if (!(error instanceof Error) || error.name !== 'GroqQueryError') throw error
      tree = parse(query, {params})
      cacheKey = key
    }
    const plan = planQuery(tree)
    if (plans.size >= PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value as string)
    plans.set(cacheKey, plan)
    return plan
  }

  const source: DatasetSource = {
    kind: 'dataset',
    documents,
    images: {kind: 'dataset', assetBaseUrl: options.assetBaseUrl ?? '/images'},
    async fetch<Result = unknown, Query extends string = string>(
      query: Query,
      params: QueryParams = {},
      fetchOptions: FetchOptions = {},
    ): Promise<QueryResult<Query, Result>> {
      if (typeof query !== 'string') throw new OptionError({fn: 'source.fetch', option: 'query', must: 'be a GROQ string', value: query})
      const perspective = fetchOptions.perspective ?? defaultPerspective
      assertPerspective(perspective, 'source.fetch')
      assertSignal(fetchOptions.signal, 'source.fetch')
      fetchOptions.signal?.throwIfAborted()
      try {
        assertParametersGiven(query, params)
        const plan = planFor(query, params)
        if (!indexes) {
          const view = viewFor(perspective)
          const value = await evaluate(parse(query, {params}), {dataset: view.documents, params, timestamp: now()})
          options.onTrace?.({indexedFilters: 0, candidates: 0, orderedSlice: false, fullScans: plan.fullScans, query, perspective})
          return (await value.get()) as QueryResult<Query, Result>
        }
        const key = cacheSize > 0 && !plan.usesNow ? `${perspective}\u0000${query}\u0000${JSON.stringify(params)}` : undefined
        if (key !== undefined && results.has(key)) {
          const cached = results.get(key)
          results.delete(key)
          results.set(key, cached)
          options.onTrace?.({indexedFilters: 0, candidates: 0, orderedSlice: false, fullScans: 0, cached: true, query, perspective})
          return cached as QueryResult<Query, Result>
        }
        const {result, trace} = await runQuery(plan, viewFor(perspective), params, now())
        options.onTrace?.({...trace, query, perspective})
        if (key !== undefined) {
          if (results.size >= cacheSize) results.delete(results.keys().next().value as string)
          results.set(key, deepFreeze(result))
        }
        return result as QueryResult<Query, Result>
      } catch (error) {
        throw toQueryError(error, query, params)
      }
    },
  }
  Object.defineProperty(source, INTERNALS, {value: {options, views, shared} satisfies SourceState})
  return source
}

/**
 * Checks the options of a dataset source (`perspective`, `resultCache`, `assetBaseUrl`, `indexes`, `now`, `onTrace`) for `fn`, the
 * public function called: `createDatasetSource`, or `openDataset` before it reads a file.
 *
 * @throws {OptionError} naming the option.
 */
export function checkDatasetSourceOptions(options: DatasetSourceOptions, fn: string): void {
  if (options.perspective !== undefined) assertPerspective(options.perspective, fn)
  const cacheSize = options.resultCache ?? 0
  if (!Number.isInteger(cacheSize) || cacheSize < 0) {
    throw new OptionError({fn, option: 'options.resultCache', must: 'be a whole number of entries (0 for none)', value: options.resultCache})
  }
  checkAssetBaseUrl(options.assetBaseUrl, fn)
  if (options.indexes !== undefined && typeof options.indexes !== 'boolean') {
    throw new OptionError({fn, option: 'options.indexes', must: 'be true or false', value: options.indexes})
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new OptionError({fn, option: 'options.now', must: 'be a function () => Date (the clock for now() in queries)', value: options.now})
  }
  if (options.onTrace !== undefined && typeof options.onTrace !== 'function') {
    throw new OptionError({fn, option: 'options.onTrace', must: 'be a function (trace) => void', value: options.onTrace})
  }
}

function toQueryError(error: unknown, query: string, params: QueryParams): ContentQueryError {
  if (error instanceof ContentQueryError) return error
  const record = error as {name?: string; message?: string; position?: number; line?: number; column?: number}
  if (record?.name === 'GroqSyntaxError' && typeof record.position === 'number') {
    const position =
      typeof record.line === 'number' && typeof record.column === 'number' ? {line: record.line, column: record.column} : positionAt(query, record.position)
    return new ContentQueryError(`GROQ syntax error at line ${position.line}, column ${position.column}: ${record.message}`, {
      query,
      params,
      cause: error,
      position,
    })
  }
  return new ContentQueryError(`The query failed: ${record?.message ?? String(error)}`, {query, params, cause: error})
}
