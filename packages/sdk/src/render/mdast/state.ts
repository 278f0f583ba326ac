import type {RootContent} from 'mdast'

import {checkExtensions} from '../../extensions/check-extensions.ts'
import {fallbackToMdast} from '../../extensions/fallbacks.ts'
import {urlFor, type Routable} from '../../routes/url-for.ts'
import {checkOptionalBaseUrl} from '../../vocabulary/base-url.ts'
import {own} from '../../vocabulary/own.ts'
import {LINK_SCHEMES, safeUrl} from '../../vocabulary/safe-url.ts'
import {absoluteUrl} from '../lib/absolute-url.ts'
import {asRecord, asString, typeName} from '../lib/values.ts'
import type {PortableTextBlock, PortableTextInput} from '../portable-text.ts'
import {describe} from '../../vocabulary/describe.ts'
import {OptionError} from '../../vocabulary/option-error.ts'
import {resolveOnWarning} from '../warning.ts'
import {groupLists, type IndexedListBlock} from './group-lists.ts'
import {toMdastHandlers} from './handlers/index.ts'
import {toMdastMarks} from './marks/index.ts'
import {phrasing, segment} from './phrasing.ts'
import type {Handler, Handlers, ListGroup, ListItemGroup, MarkHandlers, ToMdastOptions, ToMdastState} from './types.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'

/** Builds the state handlers receive, checking the options (for `fn`, the public function called). */
export function createState(options: ToMdastOptions, fn: string): ToMdastState {
  const onWarning = resolveOnWarning(options.onWarning, fn)
  const extensions = checkExtensions(options.extensions, fn)
  // Each extension's toMdast over the defaults (the built-in extensions' steps), by _type.
  const handlers: Handlers = {...toMdastHandlers}
  const marks: MarkHandlers = {...toMdastMarks}
  for (const extension of extensions) (extension.directive.kind === 'text' ? marks : handlers)[extension.type] = (extension.toMdast ?? fallbackToMdast(extension)) as never
  Object.assign(handlers, checkFunctions(options.handlers, 'handlers', fn))
  Object.assign(marks, checkFunctions(options.marks, 'marks', fn))
  checkOptionalBaseUrl(options.baseUrl, fn)
  checkOptionalBaseUrl(options.pageUrl, fn, 'options.pageUrl')
  if (options.emptyBlocks !== undefined && typeof options.emptyBlocks !== 'boolean') {
    throw new OptionError({fn, option: 'options.emptyBlocks', must: 'be true or false', value: options.emptyBlocks})
  }
  if (options.resolveReference !== undefined && typeof options.resolveReference !== 'function') {
    throw new OptionError({fn, option: 'options.resolveReference', must: 'be a function (ref) => document', value: options.resolveReference})
  }
  if (options.routes !== undefined && typeof options.routes !== 'function') {
    throw new OptionError({fn, option: 'options.routes', must: 'be a function (doc) => path, as createRoutes({...}) makes', value: options.routes})
  }

  const state: ToMdastState = {
    path: [],
    handlers,
    marks,
    options,
    warn(type, message, path) {
      onWarning({type, path: path ?? state.path, message})
    },
    phrasing: (block) => phrasing(block, state),
    list(group: ListGroup) {
      return call(state, 'list', group, state.path) as ReturnType<ToMdastState['list']>
    },
    listItem(item: ListItemGroup) {
      return call(state, 'listItem', item, [segment(item.block ?? null, item.index)]) as ReturnType<ToMdastState['listItem']>
    },
    linkUrl(target, ref) {
      let url: string | undefined
      const routable = asRoutable(target)
      if (routable) url = urlFor(routable, {baseUrl: options.baseUrl, routes: options.routes})
      if (url === undefined && ref !== undefined && options.resolveReference) {
        const resolved: unknown = options.resolveReference(ref)
        if (typeof resolved === 'string') url = resolved
        else {
          const document = asRoutable(resolved)
          if (document) url = urlFor(document, {baseUrl: options.baseUrl, routes: options.routes})
        }
      }
      const safe = safeUrl(url, LINK_SCHEMES)
      return safe === undefined ? undefined : absoluteUrl(safe, options.baseUrl, options.pageUrl)
    },
  }
  return state
}


/** What urlFor reads of a link target, checked: strings only. */
function asRoutable(value: unknown): Routable | undefined {
  const target = asRecord(value)
  const type = asString(target?._type)
  if (!target || !type) return undefined
  const slug = typeof target.slug === 'string' ? target.slug : asString(asRecord(target.slug)?.current)
  const canonicalUrl = asString(target.canonicalUrl)
  return {_type: type, ...(slug === undefined ? {} : {slug}), ...(canonicalUrl === undefined ? {} : {canonicalUrl})}
}

/** Every block of the input as mdast, list blocks grouped into lists. */
export function blocksToMdast(blocks: PortableTextInput, state: ToMdastState): RootContent[] {
  if (blocks === null || blocks === undefined) return []
  if (!Array.isArray(blocks)) {
    state.warn(typeName(blocks), `expected an array of blocks; got ${describe(blocks)}. Nothing was rendered.`, [])
    return []
  }
  const out: RootContent[] = []
  let run: IndexedListBlock[] = []
  const flush = () => {
    if (run.length === 0) return
    for (const group of groupLists(run)) {
      state.path = []
      const list = state.list(group)
      if (list) out.push(list)
    }
    run = []
  }
  blocks.forEach((value: unknown, index) => {
    const block = asRecord(value)
    if (block?._type === 'block' && block.listItem !== undefined && block.listItem !== null && block.listItem !== '') {
      run.push({block: block as unknown as PortableTextBlock, index})
      return
    }
    flush()
    const type = asString(block?._type)
    const handler = type === undefined || type === 'list' || type === 'listItem' ? undefined : own(state.handlers, type)
    const path = [segment(value, index)]
    if (!handler) {
      state.warn(typeName(value), `no handler for blocks of type "${typeName(value)}"; the block was left out.`, path)
      out.push(unknownBlock(typeName(value), value))
      return
    }
    state.path = path
    const result = handler(value as never, state)
    if (Array.isArray(result)) out.push(...result)
    else if (result) out.push(result as RootContent)
  })
  flush()
  state.path = []
  return out
}

/** An unknown block as the leaf directive `::unknown{type json}`, kept for lossless Markdown. */
function unknownBlock(type: string, value: unknown): RootContent {
  let json = 'null'
  try {
    json = JSON.stringify(value) ?? 'null'
  } catch {
    // A value JSON cannot hold (a cycle, a BigInt): kept as null.
  }
  return {type: 'leafDirective', name: DIRECTIVES.unknown.name, attributes: {type, json}, children: []}
}

function call(state: ToMdastState, name: string, value: unknown, path: ToMdastState['path']): unknown {
  const handler = own(state.handlers, name) as Handler
  const previous = state.path
  state.path = path
  try {
    return handler(value as never, state)
  } finally {
    state.path = previous
  }
}

export function checkFunctions<Value>(map: Record<string, Value> | undefined, name: string, fn: string): Record<string, Value> {
  if (map === undefined) return {}
  const record = asRecord(map)
  if (!record) throw new OptionError({fn, option: `options.${name}`, must: 'be an object of functions keyed by type', value: map})
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'function') throw new OptionError({fn, option: `options.${name}.${key}`, must: 'be a function', value})
  }
  return record as Record<string, Value>
}
