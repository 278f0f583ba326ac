/**
 * @practice-press/sdk/render: Portable Text -> mdast -> HTML (sanitised), Markdown
 * (portable or lossless) or plain text, with a table of contents, reading time, excerpts
 * and the article renderers pages and feeds use; and what extending them takes (the
 * handler maps, unified plugins, the sanitize schema, the types of handlers and extensions).
 */
export {toMdast} from './to-mdast.ts'
export {toHtml} from './to-html.ts'
export {toMarkdown} from './to-markdown.ts'
export type {ToMarkdownOptions} from './to-markdown.ts'
export {toText} from './to-text.ts'
export {renderArticle} from './render-article.ts'
export type {ArticleFormat, RenderArticleOptions} from './render-article.ts'
export {renderArticleHtml} from './render-article-html.ts'
export type {RenderArticleHtmlOptions} from './render-article-html.ts'
export type {RenderableArticle, RenderablePractice} from './article/render-article-body.ts'
export type {CrisisResources} from './article/crisis-notice.ts'
export {createRenderCache} from './article/render-cache.ts'
export type {RenderCache, RenderCacheOptions} from './article/render-cache.ts'
export {tableOfContents} from './table-of-contents.ts'
export type {TableOfContentsOptions, TocEntry} from './table-of-contents.ts'
export {readingTime} from './reading-time.ts'
export type {ReadingTime, ReadingTimeOptions} from './reading-time.ts'
export {excerpt} from './excerpt.ts'
export type {ExcerptOptions} from './excerpt.ts'

export {toMdastHandlers} from './mdast/handlers/index.ts'
export {toMdastMarks} from './mdast/marks/index.ts'
export type {
  Handler,
  Handlers,
  ListGroup,
  ListItemGroup,
  MarkContext,
  MarkHandler,
  MarkHandlers,
  ToMdastOptions,
  ToMdastState,
} from './mdast/types.ts'
export {resolvedOf} from './mdast/directives.ts'
export type {Directive, ResolvedImage, ResolvedLink} from './mdast/directives.ts'
export type {AnnotationExtension, BlockExtension, BlockLevelExtension, TextHelpers} from '../extensions/types.ts'
export type {DirectiveKind, DirectiveSpec} from '../vocabulary/directives.ts'

export {parsePortableText} from './parse-portable-text.ts'
export type {UnifiedFactory} from '../plugins/run-plugins.ts'
export {createHastHandlers} from './html/create-hast-handlers.ts'
export type {FullToHast, HastHandler, HastState} from './html/hast-state.ts'
export {sanitizeSchema} from './html/sanitize-schema.ts'
export {defaultImageUrl} from './html/image-url.ts'
export type {ImageSource, ImageUrlBuilder} from './html/image-url.ts'
export type {HastPlugin, HtmlImageOptions, ToHtmlOptions} from './html/options.ts'

export type {OnWarning, Path, PathSegment, RenderWarning} from './warning.ts'
export type {
  CallToActionBlock,
  CalloutBlock,
  ImageAsset,
  ImageCredit,
  ImageWithCreditBlock,
  InternalLinkMarkDefinition,
  KnownBlock,
  LinkMarkDefinition,
  LinkTarget,
  MarkDefinition,
  PortableTextBlock,
  PortableTextInput,
  PortableTextSpan,
  PullQuoteBlock,
  Reference,
} from './portable-text.ts'
