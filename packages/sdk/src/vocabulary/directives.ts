/**
 * The directive table: how each custom Portable Text type is written as a directive
 * (mdast-util-directive), in the mdast tree render builds and in lossless Markdown import
 * reads. Render and import both read it, so a directive's name and its attributes' order
 * are written once; handler maps are keyed by {@link directiveKey}, computed, never typed.
 */
import type {Nodes} from 'mdast'

/** Which directive: text (`:name[]`, inside a line), leaf (`::name[]`, a block) or container (`:::name` … `:::`). */
export type DirectiveKind = 'text' | 'leaf' | 'container'

/** A directive's form: its kind, its name and its attributes in the order they are written. */
export interface DirectiveSpec {
  kind: DirectiveKind
  name: string
  /** The attributes it may carry, in the order lossless Markdown writes them. */
  attributes: readonly string[]
}

const COLONS: Readonly<Record<DirectiveKind, string>> = {text: ':', leaf: '::', container: ':::'}

/**
 * The key of a directive in handler maps: its name after as many colons as its Markdown
 * has (`:link`, `::image`, `:::callout`), from a {@link DirectiveSpec} or an mdast node;
 * `undefined` for a node that is not a directive.
 *
 * @example
 * ```ts
 * directiveKey(DIRECTIVES.imageWithCredit) // '::image'
 * directiveKey({type: 'containerDirective', name: 'callout', children: []}) // ':::callout'
 * ```
 */
export function directiveKey(node: Nodes | Pick<DirectiveSpec, 'kind' | 'name'>): string | undefined {
  if ('kind' in node) return COLONS[node.kind] + node.name
  if (node.type === 'textDirective') return `:${node.name}`
  if (node.type === 'leafDirective') return `::${node.name}`
  if (node.type === 'containerDirective') return `:::${node.name}`
  return undefined
}

/** The mdast node type of a directive kind (`leafDirective`…). */
export function directiveType(kind: DirectiveKind): 'textDirective' | 'leafDirective' | 'containerDirective' {
  return `${kind}Directive`
}

/**
 * The built-in directives, by Portable Text type (or, for the SDK's own, by what they
 * stand for): `docs/portable-text-and-markdown.md` shows each as Markdown.
 */
export const DIRECTIVES = {
  imageWithCredit: {kind: 'leaf', name: 'image', attributes: ['ref', 'caption', 'creditName', 'creditSource', 'creditUrl', 'decorative', 'hotspot', 'crop']},
  callout: {kind: 'container', name: 'callout', attributes: ['tone']},
  pullQuote: {kind: 'leaf', name: 'pullquote', attributes: ['attribution']},
  callToAction: {kind: 'leaf', name: 'cta', attributes: ['href', 'ref']},
  link: {kind: 'text', name: 'link', attributes: ['href', 'newTab']},
  internalLink: {kind: 'text', name: 'internal', attributes: ['ref']},
  unknown: {kind: 'leaf', name: 'unknown', attributes: ['type', 'json']},
  empty: {kind: 'leaf', name: 'empty', attributes: ['style']},
  lineBreak: {kind: 'text', name: 'br', attributes: []},
  crisisNotice: {kind: 'container', name: 'crisis-notice', attributes: ['heading']},
} as const satisfies Readonly<Record<string, DirectiveSpec>>

/** The key of each built-in directive (`KEYS.callout` is `':::callout'`). */
export const KEYS = Object.fromEntries(Object.entries(DIRECTIVES).map(([type, spec]) => [type, directiveKey(spec)])) as {
  readonly [Type in keyof typeof DIRECTIVES]: string
}
