import type {TocEntry} from '@practice-press/sdk/render'

import {html, type SafeHtml} from '../lib/html.ts'

/** A heading with the headings under it. */
interface TocNode {
  entry: TocEntry
  children: TocNode[]
}

/** The headings as a tree: each one under the last heading of a higher level before it. */
function nest(entries: readonly TocEntry[]): TocNode[] {
  const roots: TocNode[] = []
  const open: TocNode[] = []
  for (const entry of entries) {
    while (open.length > 0 && open.at(-1)!.entry.level >= entry.level) open.pop()
    const node: TocNode = {entry, children: []}
    ;(open.at(-1)?.children ?? roots).push(node)
    open.push(node)
  }
  return roots
}

function list(nodes: readonly TocNode[]): SafeHtml {
  return html`<ol>${nodes.map((node) => html`<li><a href="#${node.entry.id}">${node.entry.text}</a>${node.children.length > 0 ? list(node.children) : ''}</li>`)}</ol>`
}

/**
 * The article's "On this page", twice: collapsed (`<details>`) before the body, for a
 * narrow screen, where it would otherwise come after the article; and beside the body on
 * a wide one (CSS shows one of the two). The list is nested, so an `h3` is numbered
 * within its `h2` ("2.1" reads as "1." under "2."), not among the `h2`s.
 */
export function tableOfContentsNav(entries: readonly TocEntry[]): {inline: SafeHtml; aside: SafeHtml} {
  if (entries.length < 2) return {inline: html``, aside: html``}
  const items = list(nest(entries))
  return {
    inline: html`<nav class="toc toc-inline" aria-label="On this page"><details><summary>On this page</summary>${items}</details></nav>`,
    aside: html`<nav class="toc toc-aside" aria-labelledby="toc-heading"><h2 id="toc-heading">On this page</h2>${items}</nav>`,
  }
}
