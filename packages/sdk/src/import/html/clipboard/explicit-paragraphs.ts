import type {Element, ElementContent, Root} from 'hast'

import {cloneWith, isBlank, isInline} from './inline.ts'

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Elements that hold blocks, and text between them. */
const FLOW = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'footer', 'header', 'html', 'li', 'main', 'nav', 'section', 'td', 'th'])

/**
 * Text beside blocks in the same element (`alpha <p></p> beta`, `<div>One<div>Two</div>
 * Three</div>`) gets a `<p>` of its own for each run, as a browser shows each on its own
 * line. hast-util-to-mdast would make the same paragraphs, but joins two runs that only an
 * empty block parts into one, running their words together. A heading that holds
 * paragraphs (`<h2><p>One</p>Two</h2>`) becomes one heading per paragraph and per run of
 * text, for the same reason. Changes `tree`.
 */
export function explicitParagraphs(tree: Root): void {
  visit(tree)
}

function visit(parent: Root | Element): void {
  for (const child of parent.children) if (child.type === 'element') visit(child)
  if (parent.children.some((child) => child.type === 'element' && HEADINGS.has(child.tagName))) {
    parent.children = (parent.children as ElementContent[]).flatMap((child) => (child.type === 'element' && HEADINGS.has(child.tagName) ? splitHeading(child) : [child])) as typeof parent.children
  }
  if (parent.type === 'element' && !FLOW.has(parent.tagName)) return
  const children = parent.children as ElementContent[]
  if (!children.some((child) => !isInline(child))) return
  const out: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (run.some((node) => !isBlank(node))) out.push({type: 'element', tagName: 'p', properties: {}, children: run})
    else out.push(...run)
    run = []
  }
  for (const child of children) {
    if (isInline(child)) run.push(child)
    else {
      flush()
      out.push(child)
    }
  }
  flush()
  parent.children = out as typeof parent.children
}

/** A heading holding blocks as one heading per run of text and per paragraph in it; other blocks stay blocks. */
function splitHeading(heading: Element): ElementContent[] {
  if (heading.children.every((child) => isInline(child))) return [heading]
  const out: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (run.some((node) => !isBlank(node))) out.push(cloneWith(heading, run))
    run = []
  }
  for (const child of heading.children) {
    if (isInline(child)) {
      run.push(child)
      continue
    }
    flush()
    if (child.type === 'element' && child.tagName === 'p') out.push(cloneWith(heading, child.children))
    else out.push(child)
  }
  flush()
  return out
}
