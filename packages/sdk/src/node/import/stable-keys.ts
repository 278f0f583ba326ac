import {createHash} from 'node:crypto'

import type {KeyGenerator} from '../../import/types.ts'

/** `_key`s derived from `seed`: 12 hexadecimal characters, the same for the same seed on every run. */
export function seededKeys(seed: string): KeyGenerator {
  let count = 0
  return () => keyFor(seed, String(count++))
}

/**
 * Portable Text with every `_key` made from `seed` and the item's place (block 3, its
 * span 2, its mark definition 1...), and each span's marks renamed with its block's mark
 * definitions. The same blocks get the same keys however they were made (Markdown, HTML,
 * lossless directives make keys in different orders), so importing what was exported
 * gives back the same document, not one that differs in its keys only.
 */
export function placeKeys<T>(blocks: readonly T[], seed: string): T[] {
  return blocks.map((block, index) => withPlaceKeys(block, seed, `${index}`) as T)
}

/** Any value with every `_key` in it made from `seed` and its place, as {@link placeKeys} does: two documents that differ only in their keys come out equal. */
export function withPlaceKeys(value: unknown, seed: string, place = ''): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item, index) => withPlaceKeys(item, seed, `${place}.${index}`))
  const record = {...(value as Record<string, unknown>)}
  if (typeof record._key === 'string') record._key = keyFor(seed, place)
  const renamed = new Map<string, string>()
  if (Array.isArray(record.markDefs)) {
    record.markDefs = record.markDefs.map((definition: unknown, index: number) => {
      if (typeof definition !== 'object' || definition === null) return definition
      const old = (definition as {_key?: unknown})._key
      const key = keyFor(seed, `${place}.m${index}`)
      if (typeof old === 'string') renamed.set(old, key)
      return {...(withPlaceKeys(definition, seed, `${place}.m${index}`) as Record<string, unknown>), _key: key}
    })
  }
  for (const [field, child] of Object.entries(record)) {
    if (field === 'markDefs' || field === '_key' || typeof child !== 'object' || child === null) continue
    record[field] = withPlaceKeys(child, seed, `${place}.${field}`)
  }
  if (renamed.size > 0 && Array.isArray(record.children)) {
    record.children = record.children.map((child: unknown) => {
      const marks = (child as {marks?: unknown})?.marks
      if (!Array.isArray(marks)) return child
      return {...(child as Record<string, unknown>), marks: marks.map((mark: unknown) => (typeof mark === 'string' ? (renamed.get(mark) ?? mark) : mark))}
    })
  }
  return record
}

function keyFor(seed: string, place: string): string {
  return createHash('sha1').update(`${seed}:${place}`).digest('hex').slice(0, 12)
}
