import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'

import type {ImportState} from '../state.ts'

/**
 * A directive's attributes as strings, reporting any this directive does not know (they
 * are not kept).
 */
export function readAttributes(
  node: LeafDirective | ContainerDirective,
  known: readonly string[],
  state: ImportState,
): Record<string, string | undefined> {
  const attributes: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (known.includes(name)) {
      attributes[name] = value ?? ''
    } else {
      state.reporter.add('directive-attribute', `The attribute "${name}" of "${node.name}" is not one it knows: it was not kept.`, node, value ?? undefined)
    }
  }
  return attributes
}

/** `"true"`, or an attribute written without a value, stand for `true`. */
export function isTrue(value: string | undefined): boolean {
  return value === 'true' || value === ''
}

/** A list of numbers such as `"0.5,0.42,0.7,0.62"`, or undefined if it is not exactly `count` finite numbers. */
export function readNumbers(value: string | undefined, count: number): number[] | undefined {
  if (value === undefined) return undefined
  const parts = value.split(',').map((part) => part.trim())
  if (parts.length !== count || parts.some((part) => part === '')) return undefined
  const numbers = parts.map(Number)
  return numbers.every(Number.isFinite) ? numbers : undefined
}
