import {OptionError} from '../vocabulary/option-error.ts'

/** One step of a path into Portable Text: an array index, a field name or an item's `_key`. */
export type PathSegment = number | string | {_key: string}

/** Where a node sits in the input, e.g. `[{_key: 'a1'}, 'children', 0]`. */
export type Path = readonly PathSegment[]

/** What a renderer reports about content it could not render as asked. */
export interface RenderWarning {
  /** The type of the node the warning is about: a block `_type`, a style, a mark or an annotation type. */
  type: string
  /** Where the node is in the input (keys where the input has them, indexes otherwise). */
  path: Path
  /** What happened and what was rendered instead, in plain words. */
  message: string
}

/** Receives each {@link RenderWarning}; `false` in place of a callback silences warnings. */
export type OnWarning = (warning: RenderWarning) => void

/**
 * Writes a path the way GROQ and Sanity's Studio do: `[_key=="a1"].children[0]`.
 *
 * @example
 * ```ts
 * formatPath([{_key: 'a1'}, 'markDefs', 0]) // '[_key=="a1"].markDefs[0]'
 * ```
 */
export function formatPath(path: Path): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (typeof segment === 'string') out += out === '' ? segment : `.${segment}`
    else out += `[_key==${JSON.stringify(segment._key)}]`
  }
  return out
}

/** The default warning callback: `console.warn` with the path. */
export function warnToConsole(warning: RenderWarning): void {
  console.warn(`Practice Press render: ${warning.message} (at ${formatPath(warning.path) || 'the top'})`)
}

/**
 * Resolves the `onWarning` option: the callback, the default, or a no-op for `false`.
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} when it is none of these.
 */
export function resolveOnWarning(onWarning: OnWarning | false | undefined, fn: string): OnWarning {
  if (onWarning === false) return () => {}
  if (onWarning === undefined) return warnToConsole
  if (typeof onWarning !== 'function') throw new OptionError({fn, option: 'options.onWarning', must: 'be a function or false', value: onWarning})
  return onWarning
}
