import type {ExprNode} from 'groq-js'

/** The fields the dataset view indexes. */
export type IndexedField = '_type' | '_id' | 'slug'

/** `field == value` inside a filter's top-level `&&` chain: a bucket of candidates. */
export interface Constraint {
  field: IndexedField
  /** A `Value` node, or a `Parameter` resolved when the query runs. */
  value: ExprNode
}

/** A path of property names and array indexes from the root of a parse tree to a node. */
export type NodePath = readonly (string | number)[]

/** `*[...]` with at least one indexable constraint: its `*` is replaced by a bucket. */
export interface FilterSite {
  path: NodePath
  constraints: Constraint[]
}

/**
 * `*[_type == ...] | order(...) [a...b]` on the query's spine (the root scope): answered by
 * walking a memoised sorted bucket until enough documents match.
 */
export interface OrderedSliceSite {
  path: NodePath
  constraints: Constraint[]
  /** The filter's expression, evaluated on chunks of sorted candidates. */
  expr: ExprNode
  /** The `order(...)` arguments (`Asc`/`Desc` nodes). */
  orderArgs: ExprNode[]
  left: number
  right: number
  isInclusive: boolean
}

/** What the planner found in a parse tree; reused for every run of the same query. */
export interface QueryPlan {
  tree: ExprNode
  filters: FilterSite[]
  orderedSlice: OrderedSliceSite | undefined
  /** `*` nodes left as full scans (no indexable constraint). */
  fullScans: number
  /** The query calls `now()`, so its answer changes with time. */
  usesNow: boolean
  /**
   * A function that makes values JSON cannot hold (`dateTime()`, `path()`) may reach the
   * result, so it must be normalised. Inside a filter's condition or an order key it cannot.
   */
  needsNormalize: boolean
}

const NON_JSON_FUNCTIONS = new Set(['dateTime', 'path', 'now'])

type AnyNode = ExprNode & Record<string, unknown>

/** Finds the fast paths a parse tree allows. Pure: the tree is not changed. */
export function planQuery(tree: ExprNode): QueryPlan {
  const filters: FilterSite[] = []
  let everything = 0
  let usesNow = false
  let needsNormalize = false
  visit(tree, [], (node, path) => {
    if (node.type === 'Everything') everything++
    if (node.type === 'FuncCall' && node.name === 'now') usesNow = true
    if ((node.type === 'FuncCall' || node.type === 'PipeFuncCall') && NON_JSON_FUNCTIONS.has(node.name as string)) {
      if (!insideCondition(tree, path)) needsNormalize = true
    }
    if (node.type !== 'Filter' || (node.base as AnyNode).type !== 'Everything') return
    const constraints = constraintsOf(node.expr as ExprNode)
    if (constraints.length > 0) filters.push({path: [...path, 'base'], constraints})
  })
  const orderedSlice = findOrderedSlice(tree)
  const covered = filters.length
  return {tree, filters, orderedSlice, fullScans: everything - covered, usesNow, needsNormalize}
}

function visit(node: unknown, path: (string | number)[], fn: (node: AnyNode, path: NodePath) => void): void {
  if (typeof node !== 'object' || node === null) return
  if (Array.isArray(node)) {
    node.forEach((child, index) => visit(child, [...path, index], fn))
    return
  }
  const record = node as AnyNode
  if (typeof record.type !== 'string') return
  fn(record, path)
  for (const [key, child] of Object.entries(record)) {
    // `Value` nodes hold data, not syntax: never walk into them.
    if (record.type === 'Value' && key === 'value') continue
    if (typeof child === 'object' && child !== null) visit(child, [...path, key], fn)
  }
}

/**
 * True when the node at `path` sits in a filter's condition or an `order(...)` key, whose
 * values never reach the result.
 */
function insideCondition(tree: ExprNode, path: NodePath): boolean {
  let node = tree as AnyNode
  for (const key of path) {
    if (node.type === 'Filter' && key === 'expr') return true
    if (node.type === 'PipeFuncCall' && node.name === 'order' && key === 'args') return true
    node = (node as unknown as Record<string | number, AnyNode>)[key] as AnyNode
    if (Array.isArray(node)) continue
  }
  return false
}

/** Indexable `field == value` conjuncts of a filter expression. */
export function constraintsOf(expr: ExprNode): Constraint[] {
  const node = expr as AnyNode
  if (node.type === 'And') {
    return [...constraintsOf(node.left as ExprNode), ...constraintsOf(node.right as ExprNode)]
  }
  if (node.type === 'Group') return constraintsOf(node.base as ExprNode)
  if (node.type !== 'OpCall' || node.op !== '==') return []
  const left = node.left as AnyNode
  const right = node.right as AnyNode
  const field = indexedField(left) ?? indexedField(right)
  const value = indexedField(left) ? right : left
  if (!field || (value.type !== 'Value' && value.type !== 'Parameter')) return []
  return [{field, value: value as ExprNode}]
}

function indexedField(node: AnyNode): IndexedField | undefined {
  if (node.type !== 'AccessAttribute') return undefined
  const base = node.base as AnyNode | undefined
  if (!base && (node.name === '_type' || node.name === '_id')) return node.name
  if (node.name === 'current' && base?.type === 'AccessAttribute' && !base.base && base.name === 'slug') return 'slug'
  return undefined
}

/** Follows `base` from the root through nodes that evaluate their base in the root scope. */
function findOrderedSlice(tree: ExprNode): OrderedSliceSite | undefined {
  const spine = new Set(['Projection', 'Map', 'FlatMap', 'AccessElement', 'AccessAttribute', 'Deref', 'Group'])
  let node = tree as AnyNode
  const path: (string | number)[] = []
  while (node.type !== 'Slice') {
    if (!spine.has(node.type) || typeof node.base !== 'object' || node.base === null) return undefined
    node = node.base as AnyNode
    path.push('base')
  }
  const order = node.base as AnyNode
  if (order.type !== 'PipeFuncCall' || order.name !== 'order') return undefined
  const filter = order.base as AnyNode
  if (filter.type !== 'Filter' || (filter.base as AnyNode).type !== 'Everything') return undefined
  const constraints = constraintsOf(filter.expr as ExprNode).filter((constraint) => constraint.field === '_type')
  const left = node.left as number
  const right = node.right as number
  // Order keys that read parameters or other documents would make the memoised sort depend on more than the bucket.
  const orderText = JSON.stringify(order.args)
  if (/"type":"(Parameter|Everything|Parent)"/.test(orderText)) return undefined
  if (constraints.length === 0 || left < 0 || right < 0) return undefined
  return {
    path,
    constraints,
    expr: filter.expr as ExprNode,
    orderArgs: order.args as ExprNode[],
    left,
    right,
    isInclusive: Boolean(node.isInclusive),
  }
}

/** Returns a copy of `tree` with the node at each path replaced; only those paths are copied. */
export function replaceAt(tree: ExprNode, replacements: ReadonlyArray<{path: NodePath; node: ExprNode}>): ExprNode {
  let root: unknown = tree
  for (const {path, node} of replacements) root = replaceOne(root, path, 0, node)
  return root as ExprNode
}

function replaceOne(current: unknown, path: NodePath, depth: number, node: ExprNode): unknown {
  if (depth === path.length) return node
  const key = path[depth] as string | number
  if (Array.isArray(current)) {
    const copy = [...current]
    copy[key as number] = replaceOne(current[key as number], path, depth + 1, node)
    return copy
  }
  const record = current as Record<string, unknown>
  return {...record, [key]: replaceOne(record[key], path, depth + 1, node)}
}
