import type {Nodes, Root} from 'mdast'

import type {TextHelpers} from '../../extensions/types.ts'
import {fallbackToText} from '../../extensions/output-fallbacks.ts'
import {defaultExtensions} from '../../extensions/built-in/index.ts'
import {stageMap} from '../../extensions/render-stages.ts'
import {phrasingText, textSteps, type TextStep} from './text-steps.ts'
import type {BlockExtension} from '../../extensions/types.ts'
import {resolveOnWarning, type OnWarning} from '../warning.ts'
import {directiveKey} from '../../vocabulary/directives.ts'
import {own} from '../../vocabulary/own.ts'

const toText = (extension: BlockExtension) => extension.toText

/** Options for {@link textFromMdast}. */
export interface TextFromMdastOptions {
  /** Block extensions whose `toText` steps write their directives (as given to `toMdast`). */
  extensions?: readonly BlockExtension[]
  /** Receives a warning for a step an extension left out. Default `console.warn`; `false` silences. */
  onWarning?: OnWarning | false
}

/**
 * An mdast tree (from {@link toMdast}) as plain text: blocks separated by a blank line,
 * and more space above headings the bigger their section (three blank lines above an h2,
 * two above an h3, one above an h4), so the outline survives in plain text and
 * `fromText` can read the levels back. The second half of `toText` and `renderArticle`, not
 * exported: outside the SDK, `remarkPlugins` change the tree between the halves.
 *
 * @example
 * ```ts
 * textFromMdast(toMdast([{_type: 'pullQuote', text: 'Listen first.'}])) // 'Listen first.'
 * ```
 */
export function textFromMdast(tree: Root, options: TextFromMdastOptions = {}): string {
  const onWarning = options.extensions?.length ? resolveOnWarning(options.onWarning, 'textFromMdast') : undefined
  const warn = (type: string, message: string) => onWarning?.({type, path: [], message})
  const steps = {...textSteps, ...stageMap(defaultExtensions, options.extensions, toText, (extension) => fallbackToText(extension, warn))}
  const helpers: TextHelpers = {blocks: (nodes) => blocksText(nodes, steps, helpers), phrasing: phrasingText}
  let out = ''
  for (const node of tree.children) {
    for (const text of helpers.blocks([node])) {
      if (out !== '') out += node.type === 'heading' ? HEADING_SPACE[node.depth] ?? '\n\n' : '\n\n'
      out += text
    }
  }
  return out
}

/** What stands above a heading of each depth (a newline, then the blank lines). */
const HEADING_SPACE: Readonly<Record<number, string>> = {1: '\n\n\n\n', 2: '\n\n\n\n', 3: '\n\n\n', 4: '\n\n'}

function blocksText(nodes: readonly Nodes[], steps: Readonly<Record<string, TextStep>>, helpers: TextHelpers): string[] {
  const out: string[] = []
  for (const node of nodes) {
    const key = directiveKey(node) ?? node.type
    const step = own(steps, key)
    // A node no step knows (a table from a custom handler): its blocks, else its text.
    const texts = step ? step(node as never, helpers) : 'children' in node && !isPhrasingParent(node) ? helpers.blocks(node.children as Nodes[]) : [phrasingText(node)]
    for (const text of texts) if (text.trim() !== '') out.push(text)
  }
  return out
}

/** Whether a node holds phrasing content (its children run together as one line). */
function isPhrasingParent(node: Nodes): boolean {
  const first = (node as {children: Nodes[]}).children[0]
  return first === undefined || PHRASING.has(first.type)
}

const PHRASING: ReadonlySet<string> = new Set(['text', 'strong', 'emphasis', 'inlineCode', 'break', 'link', 'delete', 'image', 'textDirective', 'html'])

