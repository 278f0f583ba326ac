import type {PhrasingContent} from 'mdast'

/** The `code` decorator, applied to a span's own text: each text becomes `inlineCode`. */
export function code(children: PhrasingContent[]): PhrasingContent[] {
  return children.map((child) => (child.type === 'text' ? {type: 'inlineCode', value: child.value} : child))
}
