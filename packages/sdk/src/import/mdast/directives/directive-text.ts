import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {Nodes} from 'mdast'

import {toPlainText} from '../plain-text.ts'
import type {ImportState} from '../state.ts'

/**
 * The plain text a directive holds, for a plain-text field: a leaf directive's label, or
 * a container directive's paragraphs separated by a blank line (`\n\n`). Line breaks and
 * soft line breaks are kept as `\n`. Formatting that a plain-text field cannot hold is
 * reported.
 */
export function directiveText(node: LeafDirective | ContainerDirective, field: string, state: ImportState): string {
  let lost = false
  let text: string
  if (node.type === 'leafDirective') {
    const plain = toPlainText(node.children, state.source)
    lost = plain.formattingLost
    text = plain.text
  } else {
    const parts: string[] = []
    for (const child of node.children) {
      if (isLabel(child)) continue
      const plain = toPlainText([child as Nodes], state.source)
      if (child.type !== 'paragraph' || plain.formattingLost) lost = true
      parts.push(plain.text)
    }
    text = parts.join('\n\n')
  }
  if (lost) {
    state.reporter.add(
      'formatting-lost',
      `The ${field} is plain text: bold, italics, links and other formatting in it were reduced to text.`,
      node,
    )
  }
  return text
}

/** A container directive's `[label]`, which mdast keeps as a first paragraph marked as a label. */
function isLabel(node: Nodes): boolean {
  return node.type === 'paragraph' && (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel === true
}
