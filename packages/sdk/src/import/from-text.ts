import {OptionError} from '../vocabulary/option-error.ts'
import {mdastToPortableText} from './mdast/to-portable-text.ts'
import {checkInput, resolveImportOptions, type ImportOptions} from './options.ts'
import {runImport} from './safe-run.ts'
import {cutAuthorSection} from './text/author-section.ts'
import {readBody} from './text/body.ts'
import {splitChunks} from './text/chunks.ts'
import type {TextElement} from './text/elements.ts'
import {assignHeadingLevels, blankLinesAbove} from './text/heading-levels.ts'
import {readMasthead} from './text/masthead.ts'
import {readChunk} from './text/pieces.ts'
import {textElementsToMdast} from './text/to-mdast.ts'
import type {ImportResult} from './types.ts'

/** Options for {@link fromText}. */
export interface TextImportOptions extends ImportOptions {
  /**
   * The site's name (or names), e.g. the practice's name. A page copied whole starts with
   * it; when the first line is the site's name, it is left out and the report says the
   * text has no title of its own (`no-title`), unless a title follows it.
   */
  siteName?: string | readonly string[] | undefined
}

/**
 * Imports plain text as people paste it from a web page, recovering the structure the
 * markup had. Paragraphs are separated by blank lines (single newlines inside become
 * spaces); lines starting with `- `, `* `, `• `, `1. ` or `1) ` are list items (indented
 * ones a level deeper); a short line without final punctuation is a heading when text
 * follows it. Heading levels come from headings that follow one another (see
 * `assignHeadingLevels`). An alt text line followed by a credit line ("Photo by Jane Doe
 * from Unsplash", "Image: ...") is a picture with alt text and credit; so is a short line
 * between the site's name or title and the first paragraph. The top of the page (site
 * name, title), an "About the author" section, pictures whose files are still to be
 * chosen and asides that could be callouts are reported. Never throws on any string;
 * throws an `OptionError` on bad options.
 *
 * @param text - The pasted text.
 * @param options - See {@link TextImportOptions}.
 * @returns The blocks and the report.
 *
 * @example
 * ```ts
 * import {fromText} from '@practice-press/sdk/import'
 *
 * const text = 'Talk with Lia\n\nTwo chairs by a window\n\nTrust takes time.\n\nHow to Rebuild\n\nListen first.'
 * const {blocks, report} = fromText(text, {siteName: 'Talk with Lia'})
 * blocks.map((block) => block._type === 'block' ? block.style : block._type)
 * // ['imageWithCredit', 'normal', 'h2', 'normal']
 * report.map((entry) => entry.kind) // ['no-title', 'image-asset-unresolved']
 * ```
 */
export function fromText(text: string, options?: TextImportOptions): ImportResult {
  checkInput('fromText', 'text', text)
  const settings = resolveImportOptions('fromText', options)
  const siteNames = readSiteNames(options?.siteName)
  return runImport(text, settings.generateKey, (reporter) => {
    const pieces = cutAuthorSection(splitChunks(text).flatMap(readChunk), reporter)
    const masthead = readMasthead(pieces, siteNames, reporter)
    const pictures: TextElement[] = masthead.pictures.map(({alt, credit}) =>
      credit ? {type: 'image', alt: alt.text, credit: credit.credit, line: alt.line} : {type: 'image', alt: alt.text, line: alt.line},
    )
    const elements = assignHeadingLevels([...pictures, ...readBody(masthead.body, reporter)], blankLinesAbove(text))
    return mdastToPortableText(textElementsToMdast(elements), {...settings, reporter, source: text})
  })
}

function readSiteNames(siteName: unknown): string[] {
  if (siteName === undefined) return []
  if (typeof siteName === 'string') return [siteName]
  if (Array.isArray(siteName) && siteName.every((name) => typeof name === 'string')) return siteName
  throw new OptionError({fn: 'fromText', option: 'options.siteName', must: 'be a string or an array of strings', value: siteName})
}
