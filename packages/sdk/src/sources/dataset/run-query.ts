import {evaluate, evaluateSync, toJS, type ExprNode} from 'groq-js'

import type {QueryParams} from '../content-source.ts'
import {bucket, type DatasetView} from './dataset-view.ts'
import {replaceAt, type Constraint, type NodePath, type OrderedSliceSite, type QueryPlan} from './query-plan.ts'
import type {DatasetDocument} from './parse-ndjson-line.ts'

/** How a query was answered: which fast paths were taken. */
export interface QueryTrace {
  /** `*[...]` filters answered from an index bucket instead of the whole dataset. */
  indexedFilters: number
  /** Documents handed to those filters, in total. */
  candidates: number
  /** `order(...)[a...b]` answered by walking a sorted bucket. */
  orderedSlice: boolean
  /** `*` scans of the whole dataset that no index could narrow. */
  fullScans: number
  /** Answered from the result cache. */
  cached?: boolean
}

type AnyNode = ExprNode & Record<string, unknown>

/**
 * Runs a planned query on a view: replaces indexed `*` with their buckets, answers an
 * ordered slice by walking the sorted bucket, dereferences through the `_id` index, and
 * evaluates the rest with groq-js. Results are exactly those of plain groq-js.
 */
export async function runQuery(
  plan: QueryPlan,
  view: DatasetView,
  params: QueryParams,
  timestamp: Date,
): Promise<{result: unknown; trace: QueryTrace}> {
  const options = {
    dataset: view.documents,
    params,
    timestamp,
    dereference: ({_ref}: {_ref: string}) => view.byId.get(_ref) ?? null,
  }
  const trace: QueryTrace = {indexedFilters: 0, candidates: 0, orderedSlice: false, fullScans: plan.fullScans}
  const replacements: {path: NodePath; node: ExprNode}[] = []

  const slice = plan.orderedSlice
  const sliceDocuments = slice ? tryOrderedSlice(slice, view, params, options) : undefined
  for (const site of plan.filters) {
    if (slice && sliceDocuments && isUnder(site.path, slice.path)) continue
    const candidates = smallestBucket(site.constraints, view, params)
    if (!candidates) {
      trace.fullScans++
      continue
    }
    trace.indexedFilters++
    trace.candidates += candidates.length
    replacements.push({path: site.path, node: valueNode(candidates)})
  }
  if (slice && sliceDocuments) {
    trace.orderedSlice = true
    trace.indexedFilters++
    trace.candidates += sliceDocuments.scanned
    replacements.push({path: slice.path, node: valueNode(sliceDocuments.documents)})
  }
  const tree = replacements.length > 0 ? replaceAt(plan.tree, replacements) : plan.tree
  return {result: await evaluateTree(tree, options, plan.needsNormalize), trace}
}

/** Evaluates synchronously where groq-js can (much faster), else asynchronously. */
export async function evaluateTree(tree: ExprNode, options: Parameters<typeof evaluateSync>[1], normalize = true): Promise<unknown> {
  let value
  try {
    value = evaluateSync(tree, options)
  } catch (error) {
    if (!needsAsync(error)) throw error
    const asyncValue = await evaluate(tree, options)
    return asyncValue.get()
  }
  return normalize ? toJS(value) : value.data
}

/** groq-js's synchronous evaluator refuses some functions; they run asynchronously instead. */
function needsAsync(error: unknown): boolean {
  return error instanceof Error && /synchronous|executeSync/i.test(error.message)
}

/**
 * The documents of an intermediate result, as the stored objects themselves: `toJS` would
 * walk every field of every document to normalise values that stored JSON cannot hold.
 */
function documentsOf(value: ReturnType<typeof evaluateSync>): DatasetDocument[] {
  return Array.isArray(value.data) ? (value.data as DatasetDocument[]) : (toJS(value) as DatasetDocument[])
}

function valueNode(documents: readonly DatasetDocument[]): ExprNode {
  return {type: 'Value', value: documents} as unknown as ExprNode
}

function isUnder(path: NodePath, prefix: NodePath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key)
}

function resolve(node: ExprNode, params: QueryParams): unknown {
  const record = node as AnyNode
  return record.type === 'Value' ? record.value : params[record.name as string]
}

function bucketFor(constraint: Constraint, view: DatasetView, params: QueryParams): readonly DatasetDocument[] | undefined {
  const value = resolve(constraint.value, params)
  if (typeof value !== 'string') return undefined
  if (constraint.field === '_type') return bucket(view.byType, value)
  if (constraint.field === 'slug') return bucket(view.bySlug, value)
  const shared = view.sharedIds.get(value)
  if (shared) return shared
  const document = view.byId.get(value)
  return document ? [document] : []
}

function smallestBucket(constraints: readonly Constraint[], view: DatasetView, params: QueryParams) {
  let best: readonly DatasetDocument[] | undefined
  for (const constraint of constraints) {
    const candidates = bucketFor(constraint, view, params)
    if (candidates && (!best || candidates.length < best.length)) best = candidates
  }
  return best
}

/** The ordered-slice fast path, or `undefined` where groq-js needs its asynchronous path. */
function tryOrderedSlice(...args: Parameters<typeof orderedSliceDocuments>) {
  try {
    return orderedSliceDocuments(...args)
  } catch (error) {
    if (needsAsync(error)) return undefined
    throw error
  }
}

function orderedSliceDocuments(
  site: OrderedSliceSite,
  view: DatasetView,
  params: QueryParams,
  options: Parameters<typeof evaluateSync>[1],
): {documents: DatasetDocument[]; scanned: number} | undefined {
  const type = resolve(site.constraints[0]!.value, params)
  if (typeof type !== 'string') return undefined
  const key = `${type}\u0000${JSON.stringify(site.orderArgs)}`
  let sorted = view.sorted.get(key)?.documents
  if (!sorted) {
    // groq-js sorts (stably) with GROQ's own ordering; sorting first and filtering after
    // gives the same sequence as filtering first, because the sort is stable.
    const orderTree = {type: 'PipeFuncCall', name: 'order', args: site.orderArgs, base: valueNode(bucket(view.byType, type))}
    sorted = documentsOf(evaluateSync(orderTree as unknown as ExprNode, options))
    view.sorted.set(key, {type, orderArgs: site.orderArgs, documents: sorted})
  }
  const end = site.right + (site.isInclusive ? 1 : 0)
  const matched: DatasetDocument[] = []
  let scanned = 0
  // Most pages fill from the first documents: try exactly as many as needed, then more.
  let size = Math.max(end, 1)
  while (scanned < sorted.length && matched.length < end) {
    const chunk = sorted.slice(scanned, scanned + size)
    scanned += chunk.length
    const filter = {type: 'Filter', base: valueNode(chunk), expr: site.expr} as unknown as ExprNode
    matched.push(...documentsOf(evaluateSync(filter, options)))
    size *= 2
  }
  return {documents: matched.slice(site.left, end), scanned}
}
