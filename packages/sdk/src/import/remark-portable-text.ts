/* oxlint-disable no-this-in-exported-function -- a unified plugin is called with the processor as `this` */
import type {Root} from 'mdast'

import {OptionError} from '../vocabulary/option-error.ts'
import {fromMdastFor} from './from-mdast.ts'
import type {ImportOptions} from './options.ts'

/** What {@link remarkPortableText} uses of a vfile (a `VFile` from the `vfile` package fits). */
interface ReportFile {
  value?: unknown
  message(reason: string, options: {place?: {line: number; column: number}; ruleId: string; source: string}): {actual?: string}
}

/**
 * A unified compiler plugin: mdast (from `remark-parse`, with `remark-gfm` and
 * `remark-directive` for lossless Markdown) to Portable Text of the article schema, the
 * step `fromMarkdown` runs. The blocks are the file's `result`; each import report entry
 * is a vfile message (a warning) with its `line`, `column`, `ruleId` (the entry's `kind`,
 * such as `image-no-alt`) and `source` `practice-press`, so `vfile-reporter` prints them.
 *
 * @example
 * ```ts
 * const file = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkPortableText).processSync(markdown)
 * file.result // the blocks
 * console.error(reporter(file)) // 3:1  warning  The picture … has no alt text …  image-no-alt  practice-press
 * ```
 * @throws {OptionError} on bad options, when the file is processed.
 */
export function remarkPortableText(this: unknown, options?: ImportOptions): void {
  if ((typeof this !== 'object' && typeof this !== 'function') || this === null) {
    throw new OptionError({fn: 'remarkPortableText', option: 'this', must: 'be a unified processor: use it as unified().use(remarkPortableText, options)', value: this})
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new OptionError({fn: 'remarkPortableText', option: 'options', must: 'be an object of import options', value: options})
  }
  const self = this as {compiler?: (tree: Root, file: ReportFile) => unknown}
  self.compiler = (tree, file) => {
    const source = typeof file.value === 'string' ? file.value : ''
    const {blocks, report} = fromMdastFor(tree, {...options, source}, 'remarkPortableText')
    for (const entry of report) {
      const place = entry.line === undefined ? undefined : {line: entry.line, column: entry.column ?? 1}
      const message = file.message(entry.message, {...(place ? {place} : {}), ruleId: entry.kind, source: 'practice-press'})
      if (entry.excerpt !== undefined) message.actual = entry.excerpt
    }
    return blocks
  }
}
