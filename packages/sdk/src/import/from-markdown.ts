import {directiveFromMarkdown} from 'mdast-util-directive'
import {fromMarkdown as parseMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {directive} from 'micromark-extension-directive'
import {gfm} from 'micromark-extension-gfm'

import type {Root} from 'mdast'

import {findFrontMatter} from './front-matter.ts'
import {unlinkEscapedLiterals} from './mdast/escaped-literals.ts'
import {escapeAt, strayDirectiveOffsets} from './mdast/stray-directives.ts'
import {mdastToPortableText} from './mdast/to-portable-text.ts'
import {inlineTooDense, MAX_NESTING, nestsDeeperThan} from './nesting.ts'
import {checkInput, resolveImportOptions, type ImportOptions} from './options.ts'
import type {Reporter} from './report.ts'
import {runImport} from './safe-run.ts'
import type {ImportResult} from './types.ts'

/** Options for {@link fromMarkdown}. */
export type MarkdownImportOptions = ImportOptions


/**
 * Imports Markdown (CommonMark with GitHub's extensions, and the directives of lossless
 * Markdown) as Portable Text of the article schema, following the mapping in
 * `docs/portable-text-and-markdown.md`: `fromMarkdown(toMarkdown(blocks, {lossless: true}))`
 * gives back `blocks` up to `_key`s. What Markdown has and the article does not (a
 * table, an h1, raw HTML, a picture whose file is elsewhere) is reported, never dropped
 * silently. Never throws on any string; throws an `OptionError` on bad options.
 *
 * @param markdown - The Markdown text.
 * @param options - See {@link ImportOptions}.
 * @returns The blocks and the report.
 *
 * @example
 * ```ts
 * import {fromMarkdown} from '@practice-press/sdk/import'
 *
 * const {blocks, report} = fromMarkdown('## Slow down\n\nPut your **phone** away.\n\n![Two mugs](https://example.com/mugs.jpg)')
 * blocks.map((block) => block._type === 'block' ? block.style : block._type)
 * // ['h2', 'normal', 'imageWithCredit']
 * report.map((entry) => entry.kind) // ['image-asset-unresolved']
 * ```
 */
export function fromMarkdown(markdown: string, options?: MarkdownImportOptions): ImportResult {
  checkInput('fromMarkdown', 'markdown', markdown)
  const settings = resolveImportOptions('fromMarkdown', options)
  return runImport(markdown, settings.generateKey, (reporter) => {
    let source = stripFrontMatter(markdown, reporter)
    if (nestsDeeperThan(source)) throw new Error(`it nests more than ${MAX_NESTING} levels deep`)
    const dense = inlineTooDense(source)
    if (dense) throw new Error(`it has ${dense}`)
    let tree = parse(source)
    // Text that reads as a directive lossless Markdown does not write (`Note:this[see](url)`)
    // is text: read again with its colon escaped, so the link after it is a link again.
    for (let round = 0; round < 3; round++) {
      const stray = strayDirectiveOffsets(tree, settings.annotations)
      if (stray.length === 0) break
      source = escapeAt(source, stray)
      tree = parse(source)
    }
    unlinkEscapedLiterals(tree, source)
    return mdastToPortableText(tree, {...settings, reporter, source})
  })
}

function parse(source: string): Root {
  return parseMarkdown(source, {
    extensions: [gfm(), directive()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  })
}

/**
 * Blanks out front matter (YAML, TOML or JSON, after a byte order mark if any: see
 * `findFrontMatter`), keeping every other character where it was so lines, columns and
 * offsets stay right, and reports it with its text.
 */
function stripFrontMatter(markdown: string, reporter: Reporter): string {
  const found = findFrontMatter(markdown)
  if (!found) return markdown
  reporter.add('front-matter', found.message, {line: 1, column: 1}, found.text)
  return markdown.slice(0, found.length).replace(/[^\r\n]/g, ' ') + markdown.slice(found.length)
}
