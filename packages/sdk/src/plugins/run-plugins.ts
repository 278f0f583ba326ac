import type {Node} from 'unist'
import type {PluggableList, unified} from 'unified'

/** `unified` from the unified package, passed in so only renders and imports with plugins bundle it. */
export type UnifiedFactory = typeof unified

/**
 * Runs a unified `PluggableList` (plugins, `[plugin, options]`, presets) over a tree with
 * `unified().use(pluggable).runSync(tree)`, one entry at a time so an error names the
 * plugin. Nothing of unified runs when the list is empty.
 *
 * @throws {TypeError} when the list is not an array or there is no `unified`.
 * @throws {Error} naming `option[index]` and the plugin when it (or `use`) throws, or when it
 *   is async (render and import are synchronous).
 */
export function runPlugins<Tree extends Node>(tree: Tree, plugins: PluggableList | undefined, factory: UnifiedFactory | undefined, option: string): Tree {
  if (plugins === undefined || plugins.length === 0) return tree
  if (!Array.isArray(plugins) || typeof factory !== 'function') throw new TypeError(`options.${option} must be a PluggableList, with options.unified.`)
  let out: Node = tree
  plugins.forEach((pluggable, index) => {
    const entry = Array.isArray(pluggable) ? pluggable[0] : pluggable
    const name = `options.${option}[${index}] (${(typeof entry === 'function' && entry.name) || 'preset'})`
    try {
      const processor = factory() as unknown as {use(...values: unknown[]): {runSync(tree: Node): Node}}
      // `[plugin, options]` is `use(plugin, options)`: `use` would read the array as a list.
      out = processor.use(...(Array.isArray(pluggable) ? pluggable : [pluggable])).runSync(out)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(/finished async/.test(message) ? `${name} is async; plugins run synchronously.` : `${name}: ${message}`, {cause: error})
    }
  })
  return out as Tree
}
