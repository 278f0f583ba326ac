import type {Link, PhrasingContent} from 'mdast'

import {shorten} from '../../report.ts'
import {withImageExtras} from '../image-data.ts'
import type {InlineBuilder, InlineHandler} from '../inline-builder.ts'
import {classifyHref} from '../../../vocabulary/safe-url.ts'
import type {ImportState} from '../state.ts'

/** `[text](url)`: a `link` annotation that opens in the same tab. */
export const link: InlineHandler<Link> = (node, builder, state) => {
  if (node.title) {
    state.reporter.add('link-title', `The link title "${node.title}" was dropped: a link has no title in the article.`, node, node.title)
  }
  addLink(node.url, false, node.children, node, builder, state)
}

/**
 * Adds a link around `children` when its address is safe: a `javascript:` or other
 * unexpected scheme keeps the text only, and a link without text or address is reported.
 */
export function addLink(
  href: string,
  openInNewTab: boolean,
  children: readonly PhrasingContent[],
  at: {position?: Link['position']},
  builder: InlineBuilder,
  state: ImportState,
): void {
  const url = href.trim()
  // A picture in a link stays a picture; the link around it cannot (it is reported).
  children = children.map((child) => (child.type === 'image' ? withImageExtras(child, {linkedTo: url}) : child))
  if (children.length > 0 && children.every((child) => child.type === 'image' || (child.type === 'text' && child.value.trim() === ''))) {
    builder.all(children.filter((child) => child.type === 'image'))
    return
  }
  if (children.length === 0) {
    state.reporter.add('empty-link', `A link to ${shorten(url, 120) || 'nowhere'} has no text, so nothing shows it: it was left out.`, at, url)
    return
  }
  if (url === '') {
    state.reporter.add('empty-link', 'A link has no address: its text was kept without the link.', at)
    builder.all(children)
    return
  }
  const verdict = classifyHref(url)
  if (verdict === 'unsafe') {
    state.reporter.add(
      'unsafe-link',
      'A link with an address that is not a web page, email or phone number was removed; its text was kept.',
      at,
      shorten(url),
    )
    builder.all(children)
    return
  }
  if (verdict === 'relative') {
    state.reporter.add(
      'relative-link',
      `The link to "${shorten(url, 120)}" has no https:// (or mailto:, tel:): make it a full address, or a link to a page on this site.`,
      at,
      shorten(url),
    )
  }
  const key = builder.annotate({_type: 'link', href: url, openInNewTab})
  builder.withMark(key, () => builder.all(children))
}

