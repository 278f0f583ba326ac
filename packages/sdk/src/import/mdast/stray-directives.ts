import type {Nodes, Root} from 'mdast'

import {DIRECTIVES} from '../../vocabulary/directives.ts'

/** The text directives lossless Markdown writes (and annotation extensions add); any other `:name` is text. */
export const TEXT_DIRECTIVES: ReadonlySet<string> = new Set([DIRECTIVES.link.name, DIRECTIVES.internalLink.name])

/**
 * Where text reads as a text directive with a label or attributes that is not one of
 * {@link TEXT_DIRECTIVES}: `Note:this[see](url)` in portable Markdown. Gives the offsets
 * of their colons, so the Markdown can be read again with those colons escaped, as the
 * author meant them. (A bare `:name`, as in `10:30`, changes nothing around it: it is
 * kept as the text it was written as, see `bareDirective`.)
 */
export function strayDirectiveOffsets(tree: Root, known: Readonly<Record<string, unknown>> = {}): number[] {
  const offsets: number[] = []
  const visit = (node: Nodes) => {
    if (
      node.type === 'textDirective' &&
      !TEXT_DIRECTIVES.has(node.name) &&
      !Object.hasOwn(known, node.name) &&
      (node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0)
    ) {
      const offset = node.position?.start.offset
      if (offset !== undefined) offsets.push(offset)
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return offsets
}

/** Puts a backslash before the characters at `offsets` (sorted or not). */
export function escapeAt(source: string, offsets: readonly number[]): string {
  let result = ''
  let from = 0
  for (const offset of [...new Set(offsets)].toSorted((a, b) => a - b)) {
    result += `${source.slice(from, offset)}\\`
    from = offset
  }
  return result + source.slice(from)
}
