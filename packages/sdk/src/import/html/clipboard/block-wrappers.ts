import type {Element, ElementContent, Root} from 'hast'

import {cloneWith, isBlank, isInline} from './inline.ts'

/**
 * Moves inline elements that wrap blocks into those blocks: `<i><p>Alpha</p><p>Beta</p></i>`
 * becomes `<p><i>Alpha</i></p><p><i>Beta</i></p>`, and Google Docs'
 * `<b id="docs-internal-guid-…"><p>…</p><p>…</p></b>` two paragraphs in a `<b>` each.
 * Browsers render such HTML as separate blocks; hast-util-to-mdast would read the wrapper
 * as one line of text and run the blocks together. Text beside the blocks stays in a copy
 * of the wrapper. Changes `tree`.
 */
export function splitBlockWrappers(tree: Root): void {
  visit(tree)
}

function visit(parent: Root | Element): void {
  const children: Array<Root['children'][number]> = []
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child)
      continue
    }
    visit(child)
    if (isInline(child) && child.children.some((inner) => !isInline(inner))) children.push(...split(child))
    else children.push(child)
  }
  parent.children = children as typeof parent.children
}

/** `wrapper` cut around the blocks it holds, each block holding a copy of `wrapper`. */
function split(wrapper: Element): ElementContent[] {
  const out: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (run.some((node) => !isBlank(node))) out.push(cloneWith(wrapper, run))
    else out.push(...run)
    run = []
  }
  for (const child of wrapper.children) {
    if (isInline(child)) {
      run.push(child)
      continue
    }
    flush()
    out.push(child.type === 'element' ? pushInto(child, wrapper) : child)
  }
  flush()
  return out
}

/** `block` with its content wrapped in a copy of `wrapper` (split again around inner blocks). */
function pushInto(block: Element, wrapper: Element): Element {
  if (block.children.length === 0 || VOID_BLOCKS.has(block.tagName)) return block
  const inner = cloneWith(wrapper, block.children)
  const result = {...block, children: [inner] as ElementContent[]}
  visit(result)
  return result
}

/** Blocks that hold no text to format. */
const VOID_BLOCKS = new Set(['hr'])
