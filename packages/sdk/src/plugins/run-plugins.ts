import type {Node} from 'unist'
import type {PluggableList, unified} from 'unified'

import {OptionError} from '../vocabulary/option-error.ts'

/** `unified` from the unified package, passed in so only renders and imports with plugins bundle it. */
export type UnifiedFactory = typeof unified

/**
 * A plugin threw, or is async: an `Error` naming `options.<list>[index]` and the plugin, with
 * the plugin's error as `cause`. The caller's doing, not the input's, so an import throws it
 * instead of reporting it.
 */
export class PluginError extends Error {}

/**
 * Runs a unified `PluggableList` (plugins, `[plugin, options]`, presets) over a tree with
 * `unified().use(pluggable).runSync(tree)`, one entry at a time so an error names the
 * plugin. Nothing of unified runs when the list is empty.
 *
 * @param option The list's option name (`remarkPlugins`); `fn` the public function called.
 * @throws {OptionError} when the list is not an array or there is no `unified`.
 * @throws {PluginError} naming `option[index]` and the plugin when it (or `use`) throws, or
 *   when it is async (render and import are synchronous).
 */
export function runPlugins<Tree extends Node>(tree: Tree, plugins: PluggableList | undefined, factory: UnifiedFactory | undefined, option: string, fn: string): Tree {
  if (plugins === undefined) return tree
  // Checked before the length: a bare plugin (a function, whose length counts its parameters) is not a list.
  if (!Array.isArray(plugins)) {
    throw new OptionError({fn, option: `options.${option}`, must: 'be a PluggableList: an array of plugins, [plugin, options] pairs and presets', value: plugins})
  }
  if (plugins.length === 0) return tree
  if (typeof factory !== 'function') {
    throw new OptionError({fn, option: 'options.unified', must: `be unified (import {unified} from 'unified') to run options.${option}`, value: factory})
  }
  let out: Node = tree
  plugins.forEach((pluggable, index) => {
    const entry = Array.isArray(pluggable) ? pluggable[0] : pluggable
    const name = `options.${option}[${index}] (${typeof entry === 'function' ? entry.name || 'anonymous plugin' : 'preset'})`
    try {
      const processor = factory() as unknown as {use(...values: unknown[]): {runSync(tree: Node): Node}}
      // `[plugin, options]` is `use(plugin, options)`: `use` would read the array as a list.
      out = processor.use(...(Array.isArray(pluggable) ? pluggable : [pluggable])).runSync(out)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new PluginError(/finished async/.test(message) ? `${name} is async; plugins run synchronously.` : `${name}: ${message}`, {cause: error})
    }
  })
  return out as Tree
}
