import type {PhrasingContent} from 'mdast'

import {own} from '../../vocabulary/own.ts'
import {asRecord, asString, typeName} from '../lib/values.ts'
import type {PortableTextBlock} from '../portable-text.ts'
import type {Path, PathSegment} from '../warning.ts'
import {isOpen, keepForAnnotations, sortMarks, type Span} from './mark-order.ts'
import {textPhrasing} from './plain-text.ts'
import {hoistBreaks, trimBreaks, unnestLinks} from './tidy-phrasing.ts'
import type {MarkContext, ToMdastState} from './types.ts'

type Definition = NonNullable<MarkContext['definition']>

interface Frame {
  mark: string
  children: Array<PhrasingContent | Frame>
}

/** The most marks one span keeps (each is one level of nesting). */
const MAX_MARKS = 32

/**
 * A text block's spans as mdast phrasing content. Marks that cover the same run of spans
 * become one node (`**a *b***`), longer runs outside shorter ones; on a tie annotations go
 * outside decorators, then `strong` outside `em`. A link is never split in two (a
 * decorator is, instead). `code` is applied to each span's text.
 */
export function phrasing(block: PortableTextBlock, state: ToMdastState): PhrasingContent[] {
  const blockPath = state.path
  const definitions = readDefinitions(block, blockPath, state)
  const spans = readSpans(block, blockPath, definitions, state)
  const root: Frame = {mark: '', children: []}
  const stack: Frame[] = [root]
  let breaks = false
  const annotations = new Set<string>()

  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span
    let keep = 1
    while (keep < stack.length && span.marks.includes((stack[keep] as Frame).mark)) keep++
    keep = keepForAnnotations(stack, keep, span, spans, index, definitions)
    stack.length = keep
    if (span.marks.length > 0) {
      for (const mark of sortMarks(span.marks, spans, index, definitions)) {
        if (definitions.has(mark)) annotations.add(mark)
        if (isOpen(stack, mark)) continue
        const frame: Frame = {mark, children: []}
        ;(stack[stack.length - 1] as Frame).children.push(frame)
        stack.push(frame)
      }
    }
    const top = (stack[stack.length - 1] as Frame).children
    if (!span.code && !span.text.includes('\n') && !span.text.includes('\r')) {
      top.push({type: 'text', value: span.text})
      continue
    }
    breaks = true
    let leaves = textPhrasing(span.text)
    if (span.code && leaves.length > 0) leaves = applyMark(leaves, 'code', undefined, blockPath, state)
    for (const leaf of leaves) top.push(leaf)
  }
  let nodes = renderChildren(root, definitions, blockPath, state)
  // Most blocks have no line break and at most one link: the tidying passes have nothing to do.
  if (annotations.size > 1) nodes = unnestLinks(nodes, false)
  if (breaks) nodes = trimBreaks(hoistBreaks(nodes))
  return nodes
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
  let warned: Set<string> | undefined
  const spans: Span[] = []
  for (let index = 0; index < children.length; index++) {
    const child: unknown = children[index]
    const path = () => [...blockPath, 'children', segment(child, index)]
    const span = asRecord(child)
    if (span?._type !== 'span') {
      state.warn(typeName(child), `an inline object of type "${typeName(child)}" has no handler and was left out.`, path())
      continue
    }
    const text = typeof span.text === 'string' ? span.text : ''
    if (span.text !== undefined && typeof span.text !== 'string') state.warn('span', 'a span whose text is not a string was left out.', path())
    const marks: string[] = []
    let code = false
    const spanMarks: unknown = span.marks
    for (const mark of Array.isArray(spanMarks) ? spanMarks : []) {
      if (typeof mark !== 'string' || marks.includes(mark)) continue
      if (marks.length === MAX_MARKS) {
        state.warn('span', `a span with more than ${MAX_MARKS} marks was rendered with the first ${MAX_MARKS}.`, path())
        break
      }
      const definition = definitions.get(mark)
      const handlerName = definition ? definition._type : mark
      if (!own(state.marks, handlerName)) {
        warned ??= new Set<string>()
        if (!warned.has(handlerName)) {
          warned.add(handlerName)
          const what = definition ? `annotation type "${handlerName}"` : `mark "${mark}"`
          const where = definition ? [...blockPath, 'markDefs', {_key: definition._key}] : path()
          state.warn(handlerName, `the ${what} has no handler; its text was rendered without it.`, where)
        }
        continue
      }
      if (mark === 'code' && !definition) code = true
      else marks.push(mark)
    }
    if (text !== '') spans.push({text, marks, code})
  }
  return spans
}

function renderChildren(frame: Frame, definitions: Map<string, Definition>, blockPath: Path, state: ToMdastState): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const child of frame.children) {
    if (!('mark' in child)) {
      append(out, child)
      continue
    }
    const nodes = applyMark(renderChildren(child, definitions, blockPath, state), child.mark, definitions.get(child.mark), blockPath, state)
    for (const node of nodes) append(out, node)
  }
  return out
}

function append(out: PhrasingContent[], node: PhrasingContent): void {
  const last = out[out.length - 1]
  if (node.type === 'text' && last?.type === 'text') last.value += node.value
  // Two code spans side by side are one in Markdown (`a``b` is one span): join them.
  else if (node.type === 'inlineCode' && last?.type === 'inlineCode') last.value += node.value
  else out.push(node)
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
