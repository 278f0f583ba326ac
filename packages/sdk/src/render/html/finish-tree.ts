import type {Nodes, Root} from 'hast'

const LT = '\uE000'
const GT = '\uE001'

/**
 * The last pass over the tree before it is serialised. A link that opens a new tab
 * (`target="_blank"`, ours or a plugin's) always carries `rel="noopener"`, next to any
 * other `rel` it has (`nofollow` from a plugin, our `noreferrer` on external links), so the
 * new page cannot reach back to this one (reverse tabnabbing). Properties the sanitiser emptied
 * (a `className` none of whose classes is allowed) are removed, rather than written as
 * `class=""`. And hast-util-to-html leaves `<` and `>` as they are inside attribute values. That is valid
 * HTML, but HTML pasted into a raw-text context (a `<noscript>`, `<textarea>`, `<title>`
 * or `<style>`) ends at the first `</noscript>` an alt text holds, so, as browsers now do
 * when they serialise, they are written as `&lt;` and `&gt;`. Before serialising, each
 * `<` and `>` in an attribute value becomes a private-use placeholder (placeholders in
 * the content are dropped first); {@link restoreBrackets} turns them into references.
 * Returns whether any attribute held one.
 */
export function finishTree(tree: Root): boolean {
  let found = false
  // First pass, cheap: drop emptied properties, look for brackets in attribute values.
  const scan = (node: Nodes): void => {
    if (node.type === 'element') {
      const properties = node.properties
      if (node.tagName === 'a' && properties.target === '_blank') opensSafely(properties)
      for (const name in properties) {
        const value = properties[name]
        if (typeof value === 'string') {
          if (!found && (value.includes('<') || value.includes('>'))) found = true
        } else if (Array.isArray(value)) {
          if (value.length === 0) delete properties[name]
          else if (!found && value.some((item) => typeof item === 'string' && (item.includes('<') || item.includes('>')))) found = true
        }
      }
    }
    if ('children' in node) for (const child of node.children) scan(child)
  }
  scan(tree)
  if (!found) return false
  // Second pass, rare: placeholders for the brackets, and none left in the content.
  const guardTree = (node: Nodes): void => {
    if (node.type === 'text' && (node.value.includes(LT) || node.value.includes(GT))) node.value = node.value.replace(/[\uE000\uE001]/g, '')
    if (node.type === 'element') {
      for (const name in node.properties) {
        const value = node.properties[name]
        if (typeof value === 'string') node.properties[name] = guard(value)
        else if (Array.isArray(value)) node.properties[name] = value.map((item) => (typeof item === 'string' ? guard(item) : item))
      }
    }
    if ('children' in node) for (const child of node.children) guardTree(child)
  }
  guardTree(tree)
  return true
}

/** Turns the placeholders {@link finishTree} left into `&lt;` and `&gt;`. */
export function restoreBrackets(html: string): string {
  return html.replace(/[\uE000\uE001]/g, (character) => (character === LT ? '&lt;' : '&gt;'))
}

function guard(value: string): string {
  let out = value
  if (out.includes(LT) || out.includes(GT)) out = out.replace(/[\uE000\uE001]/g, '')
  if (out.includes('<') || out.includes('>')) out = out.replace(/[<>]/g, (character) => (character === '<' ? LT : GT))
  return out
}

/** Adds `noopener` to a link's `rel`, keeping what it has. */
function opensSafely(properties: Record<string, unknown>): void {
  const rel = properties.rel
  const tokens = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : []
  if (!tokens.includes('noopener')) tokens.push('noopener')
  properties.rel = tokens
}
