import type {Element, ElementContent, Root, RootContent} from 'hast'
import {phrasing} from 'hast-util-phrasing'

/** Elements that hold text in a line and are not in HTML's phrasing list: old `<font>`, Word's `<o:p>`. */
const MORE_INLINE = new Set(['font', 'o:p', 'nobr'])

/** Whether `node` sits inside a line of text (text, `<b>`, `<span>`, `<a>`, `<img>`, ...), not a block. */
export function isInline(node: RootContent | ElementContent): boolean {
  if (node.type === 'comment' || node.type === 'doctype') return true
  if (node.type === 'element' && MORE_INLINE.has(node.tagName)) return true
  return phrasing(node as never)
}

/** Whether `node` is text of nothing but whitespace (no-break spaces included). */
export function isBlank(node: RootContent | ElementContent): boolean {
  return node.type === 'text' && /^[\s\u00a0]*$/.test(node.value)
}

/** An element like `model` (same tag and properties, copied) holding `children`. */
export function cloneWith(model: Element, children: ElementContent[]): Element {
  return {type: 'element', tagName: model.tagName, properties: {...model.properties}, children, position: model.position}
}

/** The text of `node`, without markup. */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

/** Calls `visit` on every element under `parent`, parents before children. */
export function eachElement(parent: Root | Element, visit: (element: Element, parent: Root | Element) => void): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    visit(child, parent)
    eachElement(child, visit)
  }
}

/** Whether the element has the class `name` (`class="MsoTitle"`). */
export function hasClass(element: Element, name: string): boolean {
  const classes = element.properties.className
  return Array.isArray(classes) && classes.includes(name)
}
