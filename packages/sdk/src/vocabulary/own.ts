/**
 * The map's own entry for `key` (`Object.hasOwn`): never one inherited from
 * `Object.prototype`, so content naming a type `constructor` or `__proto__` finds nothing.
 * Render and import look up every handler, mapper and directive this way.
 *
 * @example
 * ```ts
 * own({callout: 1}, 'callout') // 1
 * own({callout: 1}, 'constructor') // undefined
 * ```
 */
export function own<Value>(map: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined
}
