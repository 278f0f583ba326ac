import type {Nodes, Parent, Root} from 'mdast'

import {contentOf} from '../../extensions/output-fallbacks.ts'
import {directiveKey} from '../../vocabulary/directives.ts'
import type {Directive} from '../mdast/directives.ts'
import {own} from '../../vocabulary/own.ts'

/** Replaces one node with any number of nodes (none to drop it). */
export type NodeMapper = (node: never) => Nodes[]

/**
 * A copy of the tree in which each node whose type (or directive key, `::image`) has a mapper is replaced by what the
 * mapper returns; the mapper's output is mapped again (so a mapper may return nodes that
 * hold other custom nodes; a mapper returning the node itself keeps it). Parents are copied, other nodes shared.
 */
export function mapNodes(tree: Root, mappers: Readonly<Record<string, NodeMapper>>): Root {
  return mapParent(tree, mappers) as Root
}

/**
 * The mappers with a default for every directive none of them names (a custom `handlers`
 * entry's directive, say): its content (`contentOf`), with a warning through `warn`, so
 * portable Markdown never holds a directive and never throws on one.
 */
export function withDirectiveDefault(mappers: Readonly<Record<string, NodeMapper>>, warn: (type: string, message: string) => void): Record<string, NodeMapper> {
  const fallback = (node: Directive): Nodes[] => {
    const key = directiveKey(node) as string
    const mapper = own(mappers, key)
    if (mapper) return mapper(node as never)
    warn(node.name, `nothing maps the directive ${key} to portable Markdown (give its extension a toPortableMarkdown step); its content was written instead.`)
    return contentOf(node)
  }
  return {...mappers, leafDirective: fallback, containerDirective: fallback, textDirective: fallback}
}

function mapParent(node: Parent, mappers: Readonly<Record<string, NodeMapper>>): Parent {
  const children: Nodes[] = []
  for (const child of node.children as Nodes[]) children.push(...mapNode(child, mappers))
  return {...node, children} as Parent
}

function mapNode(node: Nodes, mappers: Readonly<Record<string, NodeMapper>>): Nodes[] {
  const key = directiveKey(node) ?? node.type
  const mapper = own(mappers, key) ?? own(mappers, node.type)
  if (mapper) return mapper(node as never).flatMap((out) => (out === node ? mapChildren(out, mappers) : mapNode(out, mappers)))
  return mapChildren(node, mappers)
}

function mapChildren(node: Nodes, mappers: Readonly<Record<string, NodeMapper>>): Nodes[] {
  return 'children' in node ? [mapParent(node, mappers) as Nodes] : [node]
}
