import type {Root as HastRoot} from 'hast'
import {sanitize} from 'hast-util-sanitize'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import type {Root} from 'mdast'

import {runPlugins} from '../../plugins/run-plugins.ts'
import {checkFunctions} from '../mdast/state.ts'
import {OptionError} from '../../vocabulary/option-error.ts'
import {resolveOnWarning} from '../warning.ts'
import {createHastHandlers} from './create-hast-handlers.ts'
import {finishTree, restoreBrackets} from './finish-tree.ts'
import {addHeadingIds} from './heading-ids.ts'
import {mdastToHast} from './mdast-to-hast.ts'
import {removedElements} from './removed-elements.ts'
import type {ToHtmlOptions} from './options.ts'
import {sanitizeSchema} from './sanitize-schema.ts'

/**
 * An mdast tree (from {@link toMdast}) as an HTML string: headings get ids, mdast becomes
 * hast (mdast-util-to-hast's output, built directly for the node types Portable Text
 * produces), plugins run, the result is sanitised (last, unless `sanitize: false`) and
 * serialised, with `<` and `>` in attribute values written as references. Changes the tree's headings (their ids).
 *
 * The second half of `toHtml` and `renderArticleHtml` (internal: a developer changes the
 * tree between the halves with `remarkPlugins`).
 *
 * @throws {OptionError} when an option has the wrong type (naming the option).
 */
export function htmlFromMdast(tree: Root, options: ToHtmlOptions = {}): string {
  return htmlFromMdastFor(tree, options, 'htmlFromMdast')
}

/** {@link htmlFromMdast} for the public function `fn` (`toHtml`, `renderArticle`), which its option errors name. */
export function htmlFromMdastFor(tree: Root, options: ToHtmlOptions, fn: string): string {
  checkHtmlOptions(options, fn)
  addHeadingIds(tree, options.headingIdPrefix)
  let hast: HastRoot = mdastToHast(tree, createHastHandlers(options), options)
  for (const plugin of options.plugins ?? []) hast = plugin(hast) ?? hast
  hast = runPlugins(hast, options.rehypePlugins, options.unified, 'rehypePlugins', fn)
  const schema = options.sanitize === false ? undefined : (options.sanitize ?? sanitizeSchema)
  const removed = schema ? removedElements(hast, schema) : []
  if (removed.length > 0) {
    const tags = removed.map((tag) => `<${tag}>`).join(', ')
    resolveOnWarning(options.onWarning, fn)({type: 'html', path: [], message: `the sanitiser removed ${tags}, which its schema does not allow (their text is kept unless the schema strips them): to keep them, allow them in sanitize, e.g. {...sanitizeSchema, tagNames: [...sanitizeSchema.tagNames, ${removed.map((tag) => `'${tag}'`).join(', ')}]}.`})
  }
  const safe = schema ? (sanitize(hast, schema) as HastRoot) : hast
  const guarded = finishTree(safe)
  const html = hastToHtml(safe, {characterReferences: {useNamedReferences: true}})
  return guarded ? restoreBrackets(html) : html
}

function checkHtmlOptions(options: ToHtmlOptions, fn: string): void {
  const {plugins, sanitize: schema, imageUrl, imageWidths, imageSizes, headingIdPrefix, eagerImages, fullToHast} = options
  // Checked here for `fn`: createHastHandlers resolves it again, for its own callers.
  resolveOnWarning(options.onWarning, fn)
  if (plugins !== undefined && (!Array.isArray(plugins) || plugins.some((plugin) => typeof plugin !== 'function'))) {
    throw new OptionError({fn, option: 'options.plugins', must: 'be an array of functions (tree) => tree', value: plugins})
  }
  if (schema !== undefined && schema !== false && (typeof schema !== 'object' || schema === null)) {
    throw new OptionError({fn, option: 'options.sanitize', must: 'be a hast-util-sanitize schema or false', value: schema})
  }
  if (imageUrl !== undefined && typeof imageUrl !== 'function') {
    throw new OptionError({fn, option: 'options.imageUrl', must: 'be a function (image, width) => url', value: imageUrl})
  }
  if (imageWidths !== undefined && (!Array.isArray(imageWidths) || !imageWidths.every((width) => Number.isInteger(width) && width > 0))) {
    throw new OptionError({fn, option: 'options.imageWidths', must: 'be an array of positive whole numbers', value: imageWidths})
  }
  if (imageSizes !== undefined && typeof imageSizes !== 'string') throw new OptionError({fn, option: 'options.imageSizes', must: 'be a string', value: imageSizes})
  if (headingIdPrefix !== undefined && typeof headingIdPrefix !== 'string') {
    throw new OptionError({fn, option: 'options.headingIdPrefix', must: 'be a string', value: headingIdPrefix})
  }
  if (eagerImages !== undefined && !(Number.isInteger(eagerImages) && eagerImages >= 0)) {
    throw new OptionError({fn, option: 'options.eagerImages', must: 'be a whole number from 0 (how many pictures load eagerly)', value: eagerImages})
  }
  if (fullToHast !== undefined && typeof fullToHast !== 'function') {
    throw new OptionError({fn, option: 'options.fullToHast', must: "be mdast-util-to-hast's toHast function", value: fullToHast})
  }
  checkFunctions(options.hastHandlers, 'hastHandlers', fn)
}
