import type {PluggableList} from 'unified'

import {checkExtensions} from '../extensions/check-extensions.ts'
import type {UnifiedFactory} from '../plugins/run-plugins.ts'
import {importDirectives} from '../extensions/import-stages.ts'
import type {BlockExtension} from '../extensions/types.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {randomKey} from './keys.ts'
import {fromDirectiveHandlers} from './mdast/directives/index.ts'
import {fromMdastHandlers} from './mdast/handlers/index.ts'
import type {DirectiveHandlers, FlowHandlers} from './mdast/state.ts'
import type {ImageResolver, KeyGenerator} from './types.ts'

/** Options every importer takes. */
export interface ImportOptions {
  /**
   * Makes each `_key`. Default: 12 random hexadecimal characters, as the Studio makes
   * them. Pass a counting generator (see `countingKeys`) for the same keys on every run.
   */
  generateKey?: KeyGenerator | undefined
  /** Handlers from mdast node types to Portable Text blocks, merged over `fromMdastHandlers`. */
  handlers?: Partial<FlowHandlers> | undefined
  /** Handlers from leaf and container directives (by name) to Portable Text blocks, merged over `fromDirectiveHandlers`. */
  directives?: DirectiveHandlers | undefined
  /**
   * Block types beyond the built-in ones (the same objects render takes): each one's
   * `fromDirective` reads its directive back, merged over the built-in extensions by `type`;
   * `directives` still wins over them.
   */
  extensions?: readonly BlockExtension[] | undefined
  /** remark plugins (unified's `PluggableList`) run on the mdast before it becomes Portable Text. Needs `unified`. */
  remarkPlugins?: PluggableList | undefined
  /** `unified` from the unified package, for `remarkPlugins`; nothing of it runs without plugins. */
  unified?: UnifiedFactory | undefined
  /**
   * Finds the image asset of each picture's URL, so the picture arrives with its file
   * (`asset`) and the report says nothing of it; a picture it answers `undefined` for is
   * reported as `image-asset-unresolved`. `practice-press import` passes one that uploads
   * the local files the posts point at.
   */
  resolveImage?: ImageResolver | undefined
}

/** The options with their defaults filled in. */
export interface ResolvedImportOptions {
  /** The public function called (`fromMarkdown`), for option errors found later (a bad plugin list). */
  fn: string
  generateKey: KeyGenerator
  handlers: FlowHandlers
  directives: DirectiveHandlers
  /** Annotation extensions (text directives) by directive name. */
  annotations: Readonly<Record<string, BlockExtension>>
  remarkPlugins?: PluggableList
  unified?: UnifiedFactory
  resolveImage?: ImageResolver
}

/**
 * Checks the options of `entry` (the public function's name, for messages) and fills in
 * defaults. A bad argument or option is an {@link OptionError}, thrown at once, never
 * turned into a report.
 */
export function resolveImportOptions(entry: string, options: ImportOptions | undefined): ResolvedImportOptions {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object') throw new OptionError({fn: entry, option: 'options', must: 'be an object', value: options})
  const {generateKey = randomKey, handlers = {}, directives = {}, extensions, remarkPlugins, unified, resolveImage} = options
  const extended = checkExtensions(extensions, entry)
  if (typeof generateKey !== 'function') {
    throw new OptionError({fn: entry, option: 'options.generateKey', must: 'be a function returning a new key', value: generateKey})
  }
  if (resolveImage !== undefined && typeof resolveImage !== 'function') {
    throw new OptionError({fn: entry, option: 'options.resolveImage', must: 'be a function from a URL to an asset id', value: resolveImage})
  }
  checkFunctions(entry, 'handlers', handlers)
  checkFunctions(entry, 'directives', directives)
  return {
    fn: entry,
    generateKey: wrapKeys(entry, generateKey),
    handlers: {...fromMdastHandlers, ...(handlers as FlowHandlers)},
    remarkPlugins,
    unified,
    ...(resolveImage ? {resolveImage} : {}),
    annotations: Object.fromEntries(extended.filter((extension) => extension.directive.kind === 'text').map((extension) => [extension.directive.name, extension])),
    directives: {...fromDirectiveHandlers, ...(extended.length > 0 ? importDirectives(extended) : {}), ...directives},
  }
}

/** Checks that `input` is a string, naming the argument when it is not. */
export function checkInput(entry: string, name: string, input: unknown): asserts input is string {
  if (typeof input !== 'string') throw new OptionError({fn: entry, option: name, must: 'be a string', value: input})
}

function checkFunctions(entry: string, option: string, map: unknown): void {
  if (typeof map !== 'object' || map === null) throw new OptionError({fn: entry, option: `options.${option}`, must: 'be an object of functions', value: map})
  for (const [name, handler] of Object.entries(map)) {
    if (typeof handler !== 'function') throw new OptionError({fn: entry, option: `options.${option}.${name}`, must: 'be a function', value: handler})
  }
}

function wrapKeys(entry: string, generateKey: KeyGenerator): KeyGenerator {
  return () => {
    let key: unknown
    try {
      key = generateKey()
    } catch (error) {
      const message = String((error as Error)?.message ?? error).replace(/\.$/, '')
      throw new OptionError({fn: entry, option: 'options.generateKey', must: 'return a new key without throwing', got: `an error: ${message}`, cause: error})
    }
    if (typeof key !== 'string' || key === '') {
      throw new OptionError({fn: entry, option: 'options.generateKey', must: 'return a non-empty string', value: key})
    }
    return key
  }
}
