/**
 * @practice-press/sdk/import: Markdown, HTML and pasted text to Portable Text of the
 * article schema, with a report of everything that could not be mapped exactly; and what
 * extending it takes (the handler maps from mdast and from directives, the block extensions).
 */
export {fromMarkdown} from './from-markdown.ts'
export type {MarkdownImportOptions} from './from-markdown.ts'
export {fromHtml} from './from-html.ts'
export type {HtmlImportOptions} from './from-html.ts'
export {fromText} from './from-text.ts'
export type {TextImportOptions} from './from-text.ts'
export {fromMdast} from './from-mdast.ts'
export type {MdastImportOptions} from './from-mdast.ts'
export type {ImportOptions} from './options.ts'
export {remarkPortableText} from './remark-portable-text.ts'

export {normalizePortableText} from './normalize.ts'
export type {NormalizeOptions} from './normalize.ts'
export {countingKeys} from './keys.ts'

export {fromMdastHandlers} from './mdast/handlers/index.ts'
export {fromDirectiveHandlers} from './mdast/directives/index.ts'
export {defaultExtensions} from '../extensions/built-in/index.ts'
export type {AnnotationExtension, BlockExtension, BlockLevelExtension} from '../extensions/types.ts'
export type {
  DirectiveHandler,
  DirectiveHandlers,
  FlowHandler,
  FlowHandlers,
  FlowType,
  ImportState,
  TextBlockShape,
} from './mdast/state.ts'
export type {Reporter} from './report.ts'
export type {
  ImageResolver,
  ImportedBlock,
  ImportedMarkDef,
  ImportedSpan,
  ImportedTextBlock,
  ImportReportEntry,
  ImportReportKind,
  ImportResult,
  KeyGenerator,
} from './types.ts'
export {readFrontMatter} from './front-matter-fields.ts'
export type {ArticleFrontMatter, FrontMatterReading} from './front-matter-fields.ts'
