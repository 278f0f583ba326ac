/**
 * Checks that rendered Markdown stays text when another site renders it: parsed with
 * GFM (and directives, for lossless Markdown), it holds no raw HTML and no link or image
 * whose URL a browser would resolve to a scheme other than http(s), mailto: or tel:.
 */
import type {Nodes} from 'mdast'
import {directiveFromMarkdown} from 'mdast-util-directive'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {directive} from 'micromark-extension-directive'
import {gfm} from 'micromark-extension-gfm'

import {safeProtocol} from './inert-html.ts'

/** What is wrong with the Markdown, as sentences; empty when it is inert. */
export function markdownProblems(markdown: string, options: {lossless?: boolean} = {}): string[] {
  const tree = options.lossless
    ? fromMarkdown(markdown, {extensions: [gfm(), directive()], mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()]})
    : fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})
  const problems: string[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'html') problems.push(`raw HTML: ${node.value}`)
    if ((node.type === 'link' || node.type === 'definition') && !safeProtocol(node.url, ['http:', 'https:', 'mailto:', 'tel:'])) {
      problems.push(`a link to ${JSON.stringify(node.url)}`)
    }
    if (node.type === 'image' && !safeProtocol(node.url, ['http:', 'https:'])) problems.push(`an image from ${JSON.stringify(node.url)}`)
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return problems
}
