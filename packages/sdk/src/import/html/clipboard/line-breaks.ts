import type {Element, ElementContent, Root} from 'hast'

import {cloneWith, isBlank, isInline} from './inline.ts'

/** Elements whose lines of text are paragraphs when two line breaks part them. */
const CONTAINERS = new Set(['p', 'div', 'section', 'article', 'main', 'body', 'td', 'blockquote'])

/** Elements whose whitespace is content: left as they are. */
const PRESERVED = new Set(['pre', 'code', 'kbd', 'samp', 'textarea'])

/**
 * Two or more `<br>` in a row (text pasted into one `<p>`, or `<div>` soup) part paragraphs:
 * `<p>One<br><br>Two</p>` becomes `<p>One</p><p>Two</p>`; one `<br>` stays a line break.
 * No-break spaces beside other whitespace or at either end of a text (Word's and
 * WordPress's padding, `<p>&nbsp;</p>`) become plain spaces, which the import trims at
 * the edges of a block. Code (`<pre>`, `<code>`) is left as it is. Changes `tree`.
 */
export function splitAtDoubleBreaks(tree: Root): void {
  visit(tree)
}

function visit(parent: Root | Element): void {
  const out: ElementContent[] = []
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'text') {
      out.push({...child, value: plainEdgeSpaces(child.value)})
      continue
    }
    if (child.type !== 'element') {
      out.push(child)
      continue
    }
    if (PRESERVED.has(child.tagName)) {
      out.push(child)
      continue
    }
    visit(child)
    if (child.tagName === 'p' && hasDoubleBreak(child.children)) out.push(...paragraphs(child.children).map((run) => cloneWith(child, run)))
    else if (child.tagName !== 'p' && CONTAINERS.has(child.tagName) && hasDoubleBreak(child.children)) child.children = splitContainer(child.children)
    if (child.tagName !== 'p' || !hasDoubleBreak(child.children)) out.push(child)
  }
  parent.children = (parent.type === 'root' && hasDoubleBreak(out) ? splitContainer(out) : out) as typeof parent.children
}

function plainEdgeSpaces(value: string): string {
  return value.replace(/\u00a0(?=\s|$)|(?<=\s|^)\u00a0/g, ' ')
}

function isBreak(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'br'
}

/** Whether two `<br>` follow each other, with only whitespace between. */
function hasDoubleBreak(nodes: ElementContent[]): boolean {
  let breaks = 0
  for (const node of nodes) {
    if (isBreak(node)) breaks++
    else if (!isBlank(node)) breaks = 0
    if (breaks >= 2) return true
  }
  return false
}

/** Runs of inline content, cut at each double break; the breaks themselves are dropped. */
function paragraphs(nodes: ElementContent[]): ElementContent[][] {
  const runs: ElementContent[][] = [[]]
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as ElementContent
    if (isBreak(node) && nextBreak(nodes, index) !== undefined) {
      let last = index
      for (let next = nextBreak(nodes, index); next !== undefined; next = nextBreak(nodes, last)) last = next
      runs.push([])
      index = last
      continue
    }
    runs.at(-1)?.push(node)
  }
  return runs.filter((run) => run.some((node) => !isBlank(node)))
}

/** The index of the `<br>` after the one at `index`, if only whitespace stands between. */
function nextBreak(nodes: ElementContent[], index: number): number | undefined {
  for (let next = index + 1; next < nodes.length; next++) {
    const node = nodes[next] as ElementContent
    if (isBreak(node)) return next
    if (!isBlank(node)) return undefined
  }
  return undefined
}

/** A container's children with each run of inline content parted at double breaks into `<p>`s. */
function splitContainer(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (hasDoubleBreak(run)) out.push(...paragraphs(run).map((part): ElementContent => ({type: 'element', tagName: 'p', properties: {}, children: part})))
    else out.push(...run)
    run = []
  }
  for (const node of nodes) {
    if (isInline(node)) run.push(node)
    else {
      flush()
      out.push(node)
    }
  }
  flush()
  return out
}
