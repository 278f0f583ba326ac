const hasOwn = Object.prototype.hasOwnProperty

/**
 * The map's own entry for `key`: never one inherited from `Object.prototype`, so content
 * naming a type `constructor` or `__proto__` finds nothing.
 */
export function own<Value>(map: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return hasOwn.call(map, key) ? map[key] : undefined
}
