import type {Handle, Unsafe} from 'mdast-util-to-markdown'

/**
 * Unsafe patterns lossless Markdown adds: a `]` would end a directive label written by
 * {@link phrasingLabel} early; and a `:` before a letter or digit starts a text directive even
 * after an escaped character (`\\[:a` is `[` and the directive `:a`), which
 * mdast-util-directive's own pattern (`:` not after `:`) lets through when the character
 * before is escaped.
 */
export const directiveLabelUnsafe: Unsafe[] = [
  {character: ']', inConstruct: ['leafDirectiveLabel', 'textDirectiveLabel']},
  {character: ':', after: '[^\\s\\p{P}\\p{S}]', inConstruct: 'phrasing', unicode: true},
]

/**
 * Wraps mdast-util-directive's handler for leaf and text directives so that the label is
 * escaped as the phrasing it is parsed as. The library's handler enters the `label`
 * construct, which turns off the escapes for GFM autolink literals (right for link
 * labels, wrong for directive labels, where `http://…` does become a link) and, for leaf
 * directives, is outside `phrasing`, so `<b>` was left as raw HTML. Here the library
 * writes the name and attributes, and the label is written in `phrasing` plus the
 * directive's own label construct.
 */
export function phrasingLabel(handle: Handle & {peek?: Handle}, colons: ':' | '::'): Handle {
  const construct = colons === ':' ? 'textDirectiveLabel' : 'leafDirectiveLabel'
  const wrapped: Handle & {peek?: Handle} = (node: {name?: string; children?: unknown[]}, parent, state, info) => {
    const children = node.children ?? []
    const prefix = `${colons}${node.name ?? ''}`
    let head = handle({...node, children: []}, parent, state, info)
    if (children.length === 0) return head
    if (head.startsWith(`${prefix}[]`)) head = prefix + head.slice(prefix.length + 2)
    const exitPhrasing = state.enter('phrasing')
    const exitLabel = state.enter(construct)
    const label = state.containerPhrasing(node as never, {...info, before: '[', after: ']'})
    exitLabel()
    exitPhrasing()
    return `${prefix}[${label}]${head.slice(prefix.length)}`
  }
  if (handle.peek) wrapped.peek = handle.peek
  return wrapped
}
