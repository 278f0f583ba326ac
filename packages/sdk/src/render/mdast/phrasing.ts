import type {PhrasingContent} from 'mdast'

import {own} from '../lib/own.ts'
import {asRecord, asString, typeName} from '../lib/values.ts'
import type {PortableTextBlock} from '../portable-text.ts'
import type {Path, PathSegment} from '../warning.ts'
import {textPhrasing} from './plain-text.ts'
import type {MarkContext, ToMdastState} from './types.ts'

type Definition = NonNullable<MarkContext['definition']>

interface Span {
  text: string
  /** Marks that nest, in the span's order. */
  marks: string[]
  code: boolean
}

interface Frame {
  mark: string
  children: Array<PhrasingContent | Frame>
}

/** Decorators that nest in this order when they cover the same spans; annotations go outside. */
const DECORATOR_ORDER = ['strong', 'em']

/**
 * A text block's spans as mdast phrasing content. Marks that cover the same run of spans
 * become one node (`**a *b***`), longer runs outside shorter ones; on a tie annotations go
 * outside decorators, then `strong` outside `em`. `code` is applied to each span's text.
 */
export function phrasing(block: PortableTextBlock, state: ToMdastState): PhrasingContent[] {
  const blockPath = state.path
  const definitions = readDefinitions(block, blockPath, state)
  const spans = readSpans(block, blockPath, definitions, state)
  const root: Frame = {mark: '', children: []}
  const stack: Frame[] = [root]

  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span
    let keep = 1
    while (keep < stack.length && span.marks.includes((stack[keep] as Frame).mark)) keep++
    stack.length = keep
    const open = new Set(stack.map((frame) => frame.mark))
    for (const mark of sortMarks(span.marks, spans, index, definitions)) {
      if (open.has(mark)) continue
      const frame: Frame = {mark, children: []}
      ;(stack[stack.length - 1] as Frame).children.push(frame)
      stack.push(frame)
    }
    let leaves = textPhrasing(span.text)
    if (span.code && leaves.length > 0) leaves = applyMark(leaves, 'code', undefined, blockPath, state)
    ;(stack[stack.length - 1] as Frame).children.push(...leaves)
  }
  return unnestLinks(renderChildren(root, definitions, blockPath, state), false)
}

/**
 * A link inside a link is not HTML (a browser closes the outer one first): when two link
 * annotations cover the same text, the outer one is kept and the inner one dropped.
 */
function unnestLinks(nodes: PhrasingContent[], inLink: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    const isLink = node.type === 'link' || (node.type === 'textDirective' && (node.name === 'link' || node.name === 'internal'))
    if (isLink && inLink) {
      out.push(...unnestLinks(node.children, true))
      continue
    }
    if ('children' in node) node.children = unnestLinks(node.children as PhrasingContent[], inLink || isLink) as never
    out.push(node)
  }
  return out
}

function readDefinitions(block: PortableTextBlock, blockPath: Path, state: ToMdastState): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  const markDefs: unknown = block.markDefs
  if (markDefs === undefined || markDefs === null) return definitions
  if (!Array.isArray(markDefs)) {
    state.warn('markDefs', 'markDefs is not an array; annotations were ignored.', [...blockPath, 'markDefs'])
    return definitions
  }
  markDefs.forEach((value: unknown, index) => {
    const definition = asRecord(value)
    const key = asString(definition?._key)
    const type = asString(definition?._type)
    if (!definition || !key || !type) {
      state.warn(typeName(value), 'an annotation without a _key or _type was ignored.', [...blockPath, 'markDefs', index])
      return
    }
    definitions.set(key, definition as Definition)
  })
  return definitions
}

function readSpans(
  block: PortableTextBlock,
  blockPath: Path,
  definitions: Map<string, Definition>,
  state: ToMdastState,
): Span[] {
  const children: unknown = block.children
  if (!Array.isArray(children)) return []
  const warned = new Set<string>()
  const spans: Span[] = []
  children.forEach((child: unknown, index) => {
    const path = [...blockPath, 'children', segment(child, index)]
    const span = asRecord(child)
    if (span?._type !== 'span') {
      state.warn(typeName(child), `an inline object of type "${typeName(child)}" has no handler and was left out.`, path)
      return
    }
    const text = typeof span.text === 'string' ? span.text : ''
    if (span.text !== undefined && typeof span.text !== 'string') state.warn('span', 'a span whose text is not a string was left out.', path)
    const marks: string[] = []
    let code = false
    for (const mark of Array.isArray(span.marks) ? new Set<unknown>(span.marks) : []) {
      if (typeof mark !== 'string') continue
      const definition = definitions.get(mark)
      const handlerName = definition ? definition._type : mark
      if (!own(state.marks, handlerName)) {
        if (!warned.has(handlerName)) {
          warned.add(handlerName)
          const what = definition ? `annotation type "${handlerName}"` : `mark "${mark}"`
          state.warn(handlerName, `the ${what} has no handler; its text was rendered without it.`, path)
        }
        continue
      }
      if (mark === 'code' && !definition) code = true
      else marks.push(mark)
    }
    if (text !== '') spans.push({text, marks, code})
  })
  return spans
}

function sortMarks(marks: string[], spans: Span[], index: number, definitions: Map<string, Definition>): string[] {
  const runs = new Map<string, number>()
  for (const mark of marks) {
    let run = 1
    while ((spans[index + run]?.marks ?? []).includes(mark)) run++
    runs.set(mark, run)
  }
  const keys = [...definitions.keys()]
  const rank = (mark: string): number => {
    if (definitions.has(mark)) return keys.indexOf(mark) - keys.length
    const order = DECORATOR_ORDER.indexOf(mark)
    return order === -1 ? DECORATOR_ORDER.length : order
  }
  return marks.toSorted((a, b) => (runs.get(b) ?? 0) - (runs.get(a) ?? 0) || rank(a) - rank(b) || (a < b ? -1 : 1))
}

function renderChildren(frame: Frame, definitions: Map<string, Definition>, blockPath: Path, state: ToMdastState): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const child of frame.children) {
    const nodes =
      'mark' in child
        ? applyMark(renderChildren(child, definitions, blockPath, state), child.mark, definitions.get(child.mark), blockPath, state)
        : [child]
    for (const node of nodes) {
      const last = out[out.length - 1]
      if (node.type === 'text' && last?.type === 'text') last.value += node.value
      else out.push(node)
    }
  }
  return out
}

function applyMark(
  children: PhrasingContent[],
  name: string,
  definition: Definition | undefined,
  blockPath: Path,
  state: ToMdastState,
): PhrasingContent[] {
  const handler = own(state.marks, definition ? definition._type : name)
  if (!handler) return children
  const path = definition ? [...blockPath, 'markDefs', {_key: definition._key}] : blockPath
  const result = handler(children, {name, definition, path}, state)
  if (result === undefined) return children
  return Array.isArray(result) ? result : [result]
}

/** A path segment for an array item: its `_key` when it has a string one, else its index. */
export function segment(value: unknown, index: number): PathSegment {
  const key = asRecord(value)?._key
  return typeof key === 'string' ? {_key: key} : index
}
