import type {Element, ElementContent, Root as HastRoot, RootContent as HastRootContent} from 'hast'
import type {Nodes, Parents, Root} from 'mdast'

import {own} from '../../vocabulary/own.ts'
import {safeUrl, WEB_SCHEMES} from '../../vocabulary/safe-url.ts'
import type {HastHandler, HastState as State} from './hast-state.ts'
import type {ToHtmlOptions} from './options.ts'
import {resolveOnWarning} from '../warning.ts'

type Result = ElementContent | ElementContent[] | undefined

/**
 * mdast -> hast, built directly: mdast-util-to-hast's output for the node types Portable
 * Text produces (paragraph, heading, blockquote, list, listItem, text, strong, emphasis,
 * inlineCode, break; same elements, same line endings, `data.hProperties` applied; the
 * tests compare the two), plus code, thematicBreak, image and delete for custom handlers,
 * several times faster and a third of the bundle. `handlers` (ours and the caller's, with
 * mdast-util-to-hast's signature) come first; they get a state with `all`, `one`, `wrap`,
 * `patch` and `applyData` ({@link State}, its own type). Raw `html` is dropped. Any other node
 * type (a GFM `table` from a custom handler) goes to mdast-util-to-hast itself when the
 * `fullToHast` option gives it, with the same handlers; else its content is rendered and a
 * warning names it.
 */
export function mdastToHast(tree: Root, handlers: Readonly<Record<string, HastHandler>>, options: ToHtmlOptions = {}): HastRoot {
  const table = new Map<string, unknown>(Object.entries(builtIns))
  for (const type in handlers) {
    const handler = own(handlers, type)
    if (handler) table.set(type, handler)
  }
  const state: State = {
    options,
    one(node: Nodes, parent: Parents | undefined): Result {
      const handler = table.get(node.type)
      if (handler) return (handler as unknown as (state: State, node: Nodes, parent: Parents | undefined) => Result)(state, node, parent)
      return unknown(state, node, handlers, options)
    },
    all(parent: Nodes): ElementContent[] {
      const values: ElementContent[] = []
      if (!('children' in parent)) return values
      const nodes = parent.children as Nodes[]
      for (let index = 0; index < nodes.length; index++) {
        const result = state.one(nodes[index] as Nodes, parent as Parents)
        if (!result) continue
        if (index > 0 && nodes[index - 1]?.type === 'break') trimAfterBreak(result)
        if (Array.isArray(result)) values.push(...result)
        else values.push(result)
      }
      return values
    },
    wrap,
    patch() {},
    applyData,
  }
  return {type: 'root', children: wrap(state.all(tree))}
}

/** Built-in handlers: those of mdast-util-to-hast for the node types Portable Text produces. */
const builtIns: Readonly<Record<string, (state: State, node: never, parent: Parents | undefined) => Result>> = {
  paragraph: (state: State, node: Nodes) => element(state, node, 'p', state.all(node)),
  heading: (state: State, node: Extract<Nodes, {type: 'heading'}>) => element(state, node, `h${node.depth}`, state.all(node)),
  blockquote: (state: State, node: Nodes) => element(state, node, 'blockquote', wrap(state.all(node), true)),
  list(state: State, node: Extract<Nodes, {type: 'list'}>) {
    const result = element(state, node, node.ordered ? 'ol' : 'ul', wrap(state.all(node), true))
    if (typeof node.start === 'number' && node.start !== 1) result.properties = {start: node.start, ...result.properties}
    return result
  },
  listItem(state: State, node: Extract<Nodes, {type: 'listItem'}>, parent: Parents | undefined) {
    const results = state.all(node)
    const loose = parent ? listLoose(parent) : itemLoose(node)
    const children: ElementContent[] = []
    results.forEach((child, index) => {
      const paragraph = child.type === 'element' && child.tagName === 'p'
      if (loose || index !== 0 || !paragraph) children.push({type: 'text', value: '\n'})
      if (paragraph && !loose) children.push(...(child as Element).children)
      else children.push(child)
    })
    const tail = results[results.length - 1]
    if (tail && (loose || tail.type !== 'element' || tail.tagName !== 'p')) children.push({type: 'text', value: '\n'})
    return element(state, node, 'li', children)
  },
  text: (_state: State, node: Extract<Nodes, {type: 'text'}>) => ({type: 'text', value: trimLines(node.value)}),
  strong: (state: State, node: Nodes) => element(state, node, 'strong', state.all(node)),
  emphasis: (state: State, node: Nodes) => element(state, node, 'em', state.all(node)),
  inlineCode: (state: State, node: Extract<Nodes, {type: 'inlineCode'}>) =>
    element(state, node, 'code', [{type: 'text', value: node.value.replace(/\r?\n|\r/g, ' ')}]),
  break: (state: State, node: Nodes) => [element(state, node, 'br', []), {type: 'text', value: '\n'}],
  delete: (state: State, node: Nodes) => element(state, node, 'del', state.all(node)),
  thematicBreak: (state: State, node: Nodes) => element(state, node, 'hr', []),
  code(state: State, node: Extract<Nodes, {type: 'code'}>) {
    const code = element(state, node, 'code', [{type: 'text', value: node.value ? `${node.value}\n` : ''}])
    const language = node.lang?.split(/\s+/)[0]
    if (language) code.properties = {className: [`language-${language}`], ...code.properties}
    return element(state, node, 'pre', [code])
  },
  image(state: State, node: Extract<Nodes, {type: 'image'}>) {
    const src = safeUrl(node.url, WEB_SCHEMES)
    const result = element(state, node, 'img', [])
    result.properties = {...(src ? {src} : {}), alt: node.alt ?? '', ...(node.title ? {title: node.title} : {}), ...result.properties}
    return result
  },
  html: () => undefined,
}

function element(state: State, node: Nodes, tagName: string, children: ElementContent[]): Element {
  return state.applyData(node, {type: 'element', tagName, properties: {}, children}) as Element
}

function listLoose(list: Parents): boolean {
  if (list.type !== 'list') return false
  return list.spread === true || list.children.some(itemLoose)
}

function itemLoose(item: Extract<Nodes, {type: 'listItem'}>): boolean {
  return item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread
}

/** `data.hName`, `data.hProperties` and `data.hChildren`, as mdast-util-to-hast applies them. */
function applyData<Type extends HastRootContent>(from: Nodes, to: Type): Type | Element {
  const data = from.data
  if (!data) return to
  let result: Type | Element = to
  const {hName, hProperties, hChildren} = data
  if (typeof hName === 'string') {
    if (result.type === 'element') result.tagName = hName
    else result = {type: 'element', tagName: hName, properties: {}, children: 'children' in result ? (result.children as ElementContent[]) : [result as ElementContent]}
  }
  if (result.type === 'element' && hProperties) {
    // A copy, as mdast-util-to-hast makes (it uses structuredClone: property values are
    // primitives or arrays of them, so copying arrays is enough, and much faster).
    for (const name in hProperties) {
      const value = hProperties[name]
      result.properties[name] = Array.isArray(value) ? [...value] : value
    }
  }
  if ('children' in result && hChildren !== null && hChildren !== undefined) result.children = hChildren as never
  return result
}

/** Joins nodes with line endings; `loose` adds one before and after. */
function wrap<Type extends HastRootContent>(nodes: Type[], loose = false): Array<Type | {type: 'text'; value: string}> {
  const result: Array<Type | {type: 'text'; value: string}> = loose ? [{type: 'text', value: '\n'}] : []
  nodes.forEach((node, index) => {
    if (index > 0) result.push({type: 'text', value: '\n'})
    result.push(node)
  })
  if (loose && nodes.length > 0) result.push({type: 'text', value: '\n'})
  return result
}

/** Spaces and tabs around line endings go, as in Markdown (trim-lines). */
function trimLines(value: string): string {
  return value.includes('\n') || value.includes('\r') ? value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1') : value
}

/** After a hard break, leading spaces and tabs go, as in Markdown. */
function trimAfterBreak(result: ElementContent | ElementContent[]): void {
  if (Array.isArray(result)) return
  const head = result.type === 'text' ? result : result.type === 'element' ? result.children[0] : undefined
  if (head?.type === 'text') head.value = head.value.replace(/^[ \t]+/, '')
}

/** A node type nothing here handles: mdast-util-to-hast's own output, when given; else its content, with a warning. */
function unknown(state: State, node: Nodes, handlers: Readonly<Record<string, HastHandler>>, options: ToHtmlOptions): Result {
  const full = options.fullToHast
  if (full) {
    const out = full({type: 'root', children: [node as Root['children'][number]]}, {...options, handlers})
    return (out.type === 'root' ? out.children : [out]) as ElementContent[]
  }
  // One warning for the outermost node: a table's rows and cells are not warned again.
  const inside = unknownDepth.get(state) ?? 0
  // htmlFromMdast checked onWarning before anything ran, naming the function called.
  if (inside === 0) resolveOnWarning(options.onWarning, 'htmlFromMdast')({type: node.type, path: [], message: `no HTML step for mdast "${node.type}" (pass mdast-util-to-hast's toHast as fullToHast); its content was rendered.`})
  if (!('children' in node)) return 'value' in node && typeof node.value === 'string' ? {type: 'text', value: node.value} : undefined
  unknownDepth.set(state, inside + 1)
  try {
    return state.all(node)
  } finally {
    unknownDepth.set(state, inside)
  }
}

/** How deep each render (its state) is inside nodes no handler knows. */
const unknownDepth = new WeakMap<State, number>()

