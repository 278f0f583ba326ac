/**
 * HTML reduced to what two renderers of the same Portable Text must agree on: the block
 * elements (tag names only, no attributes but `ol start`), and in each, the text as
 * tokens: words with the marks that cover them (`strong`, `em`, `code`, `link:<href>`),
 * whatever order the marks nest in, and whitespace between them. Whitespace carries no
 * marks (marks on a space do not show); a run of spaces is one space, line breaks count
 * (`\n` each) and swallow the spaces next to them; whitespace at either end of a block
 * is dropped, as is whitespace-only text between blocks.
 */
import type {Element, ElementContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

/** A run of text with its marks. */
export interface Run {
  text: string
  marks: string[]
}

/** A block element, or a run of text. */
export type Normal = {tag: string; start?: number; children: Normal[]} | Run

const INLINE: Readonly<Record<string, (element: Element) => string | undefined>> = {
  strong: () => 'strong',
  em: () => 'em',
  code: () => 'code',
  a: (element) => `link:${String(element.properties.href ?? '')}`,
  span: () => undefined,
}

/** Parses and normalises HTML. */
export function normalizeHtml(html: string): Normal[] {
  return blockChildren(fromHtml(html, {fragment: true}).children as ElementContent[])
}

function blockChildren(nodes: readonly ElementContent[]): Normal[] {
  const out: Normal[] = []
  let inline: ElementContent[] = []
  const flush = () => {
    out.push(...canonicalRuns(inlineRuns(inline, [])))
    inline = []
  }
  for (const node of nodes) {
    if (node.type === 'element' && !(node.tagName in INLINE) && node.tagName !== 'br') {
      flush()
      const block: Normal = {tag: node.tagName, children: blockChildren(node.children)}
      if (node.tagName === 'ol' && typeof node.properties.start === 'number') block.start = node.properties.start
      out.push(block)
    } else inline.push(node)
  }
  flush()
  return out
}

function inlineRuns(nodes: readonly ElementContent[], marks: string[]): Run[] {
  const runs: Run[] = []
  for (const node of nodes) {
    if (node.type === 'text') runs.push({text: node.value.replace(/[\t\r\n\f\u00a0 ]+/g, ' '), marks: marks.toSorted()})
    else if (node.type === 'element' && node.tagName === 'br') runs.push({text: '\n', marks: []})
    else if (node.type === 'element') {
      const mark = INLINE[node.tagName]?.(node)
      runs.push(...inlineRuns(node.children, mark && !marks.includes(mark) ? [...marks, mark] : marks))
    }
  }
  return runs
}

/** Runs as canonical tokens (see the module comment). */
export function canonicalRuns(runs: readonly Run[]): Run[] {
  const tokens: Run[] = []
  for (const run of runs) {
    for (const piece of run.text.split(/([ \n]+)/)) {
      if (piece === '') continue
      const space = /^[ \n]+$/.test(piece)
      const token = space ? {text: piece.includes('\n') ? '\n'.repeat(piece.split('\n').length - 1) : ' ', marks: []} : {text: piece, marks: run.marks}
      const last = tokens[tokens.length - 1]
      const lastSpace = last !== undefined && /^[ \n]+$/.test(last.text)
      if (last && space && lastSpace) last.text = last.text === ' ' ? token.text : token.text === ' ' ? last.text : last.text + token.text
      else if (last && !space && !lastSpace && last.marks.join() === token.marks.join()) last.text += token.text
      else tokens.push(token)
    }
  }
  while (tokens.length > 0 && /^[ \n]+$/.test(tokens[0]!.text)) tokens.shift()
  while (tokens.length > 0 && /^[ \n]+$/.test(tokens[tokens.length - 1]!.text)) tokens.pop()
  return tokens
}

/** Applies a change to every block of a normal tree (children first). */
export function mapBlocks(nodes: readonly Normal[], change: (block: Extract<Normal, {tag: string}>) => Normal[]): Normal[] {
  return nodes.flatMap((node) => ('tag' in node ? change({...node, children: mapBlocks(node.children, change)}) : [node]))
}
