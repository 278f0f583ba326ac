import type {Root} from 'mdast'
import {directiveToMarkdown} from 'mdast-util-directive'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown as mdastToMarkdown, type Handle, type Options} from 'mdast-util-to-markdown'

import {directiveLabelUnsafe, phrasingLabel} from './directive-label.ts'
import {fallbackToPortableMarkdown} from '../../extensions/output-fallbacks.ts'
import {defaultExtensions} from '../../extensions/built-in/index.ts'
import {stageMap} from '../../extensions/render-stages.ts'
import type {BlockExtension} from '../../extensions/types.ts'
import {resolveOnWarning, type OnWarning} from '../warning.ts'
import {mapNodes, withDirectiveDefault} from './map-nodes.ts'
import {portableMappers} from './portable.ts'
import {losslessText, text} from './text-handler.ts'

/** Options for {@link markdownFromMdast}. */
export interface MarkdownFromMdastOptions {
  /** Custom blocks and internal links as directives, which import back exactly. Default `false`. */
  lossless?: boolean | undefined
  /** Block extensions whose `toPortableMarkdown` steps write their directives (as given to `toMdast`). */
  extensions?: readonly BlockExtension[] | undefined
  /** Receives a warning for a directive nothing maps to portable Markdown. Default `console.warn`; `false` silences. */
  onWarning?: OnWarning | false | undefined
}

const toPortable = (extension: BlockExtension) => extension.toPortableMarkdown

let settings: {portable: Options; lossless: Options} | undefined

/** The serializer's settings, made once: GFM, `-` bullets, `*` emphasis, `**` strong. */
function serializerSettings(): {portable: Options; lossless: Options} {
  if (!settings) {
    const directive = directiveToMarkdown()
    const base: Options = {bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', fences: true, rule: '-', handlers: {text}}
    settings = {
      portable: {...base, extensions: [gfmToMarkdown()]},
      lossless: {
        ...base,
        extensions: [gfmToMarkdown(), directive],
        unsafe: directiveLabelUnsafe,
        handlers: {
          ...base.handlers,
          text: losslessText,
          leafDirective: phrasingLabel(directive.handlers?.leafDirective as Handle, '::'),
          textDirective: phrasingLabel(directive.handlers?.textDirective as Handle, ':'),
        },
      },
    }
  }
  return settings
}

/**
 * An mdast tree (from {@link toMdast}) as Markdown: portable by default, or lossless
 * (the tree already holds custom types as directives, which lossless Markdown writes).
 * The second half of `toMarkdown` and `renderArticle`, not exported: outside the SDK,
 * `remarkPlugins` change the tree between the halves.
 *
 * @example
 * ```ts
 * const tree = toMdast(article.body)
 * appendCrisisNotice(tree, practice.crisisResources, console.warn)
 * const markdown = markdownFromMdast(tree)
 * ```
 */
export function markdownFromMdast(tree: Root, options: MarkdownFromMdastOptions = {}): string {
  const {portable, lossless} = serializerSettings()
  // The tree already holds the custom types as directives: lossless Markdown writes it as it is.
  if (options.lossless) return mdastToMarkdown(tree, lossless)
  const onWarning = resolveOnWarning(options.onWarning, 'markdownFromMdast')
  const warn = (type: string, message: string) => onWarning({type, path: [], message})
  return mdastToMarkdown(mapNodes(tree, withDirectiveDefault({...portableMappers, ...stageMap(defaultExtensions, options.extensions, toPortable, (extension) => fallbackToPortableMarkdown(extension, warn))}, warn)), portable)
}
