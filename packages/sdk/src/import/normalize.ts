import {OptionError} from '../vocabulary/option-error.ts'

/** Options for {@link normalizePortableText}. */
export interface NormalizeOptions {
  /**
   * `'keep'` (default) leaves every `_key` as it is. `'strip'` removes the `_key` of each
   * block and span and renames each block's `markDefs` keys to `m0`, `m1`, ... (marks
   * follow), so two documents that differ only in keys compare equal.
   */
  keys?: 'keep' | 'strip' | undefined
}

/** The decorators of `blockContent`, in the order marks are sorted. */
export const DECORATOR_ORDER: readonly string[] = ['strong', 'em', 'code']

type Json = Record<string, unknown>

/**
 * Puts Portable Text in the one form the importers produce and the round trip compares:
 *
 * - in each text block, marks are sorted (decorators `strong`, `em`, `code`, then any other
 *   decorator, then annotations in `markDefs` order) and listed once;
 * - adjacent spans with equal marks are merged (the first span's `_key` stays); empty spans
 *   go, unless a block would have no span left;
 * - `markDefs` keep only the annotations a span uses, in the order the text first uses
 *   them (the order annotations are sorted in);
 * - defaults are written out or left out the same way everywhere: `style` is `'normal'`
 *   when missing, `markDefs` an array, a list item's `level` 1 when missing, a link's
 *   `openInNewTab` `true` or `false`, and a picture's `decorative: false` is left out.
 *
 * Blocks are copied, never changed in place. Anything that is not an object is kept as is.
 *
 * @example
 * ```ts
 * normalizePortableText([
 *   {_type: 'block', _key: 'a1', children: [
 *     {_type: 'span', _key: 's1', text: 'Hel', marks: ['em', 'strong']},
 *     {_type: 'span', _key: 's2', text: 'lo', marks: ['strong', 'em']},
 *   ]},
 * ])
 * // [{_type: 'block', _key: 'a1', style: 'normal', markDefs: [],
 * //   children: [{_type: 'span', _key: 's1', text: 'Hello', marks: ['strong', 'em']}]}]
 * ```
 */
export function normalizePortableText<T>(blocks: readonly T[], options: NormalizeOptions = {}): T[] {
  if (!Array.isArray(blocks)) throw new OptionError({fn: 'normalizePortableText', option: 'blocks', must: 'be an array of Portable Text blocks', value: blocks})
  const keys = options.keys ?? 'keep'
  if (keys !== 'keep' && keys !== 'strip') {
    throw new OptionError({fn: 'normalizePortableText', option: 'options.keys', must: 'be "keep" or "strip"', value: keys})
  }
  return blocks.map((block) => {
    if (!isObject(block)) return block
    const copy = block._type === 'block' ? normalizeTextBlock(block) : normalizeObject(block)
    if (keys === 'strip') stripKeys(copy)
    return copy as T
  })
}

function normalizeTextBlock(block: Json): Json {
  const defs = Array.isArray(block.markDefs) ? block.markDefs.filter(isObject).map(normalizeMarkDef) : []
  const byKey = new Map<string, Json>()
  for (const def of defs) if (typeof def._key === 'string' && !byKey.has(def._key)) byKey.set(def._key, def)
  const rawChildren = Array.isArray(block.children) ? block.children : []
  // Annotations in the order the text first uses them: the order of `markDefs` means nothing else.
  const firstUse = new Map<string, number>()
  for (const child of rawChildren) {
    if (!isObject(child) || !Array.isArray(child.marks)) continue
    for (const mark of child.marks) if (byKey.has(String(mark)) && !firstUse.has(String(mark))) firstUse.set(String(mark), firstUse.size)
  }
  const children: unknown[] = []
  for (const child of rawChildren) {
    if (!isObject(child) || child._type !== 'span') {
      children.push(child)
      continue
    }
    const span: Json = {...child, text: typeof child.text === 'string' ? child.text : '', marks: sortMarks(child.marks, firstUse)}
    const previous = children.at(-1)
    if (isObject(previous) && previous._type === 'span' && sameMarks(previous.marks, span.marks)) {
      previous.text = `${String(previous.text)}${String(span.text)}`
    } else {
      children.push(span)
    }
  }
  const kept = children.filter((child) => !(isObject(child) && child._type === 'span' && child.text === ''))
  const finalChildren = kept.length > 0 ? kept : children.slice(0, 1)
  const used = new Set<string>()
  for (const child of finalChildren) {
    if (isObject(child) && Array.isArray(child.marks)) for (const mark of child.marks) used.add(String(mark))
  }
  const copy: Json = {
    ...block,
    style: typeof block.style === 'string' ? block.style : 'normal',
    markDefs: [...firstUse.keys()].filter((key) => used.has(key)).map((key) => byKey.get(key) as Json),
    children: finalChildren,
  }
  if (copy.listItem !== undefined && typeof copy.level !== 'number') copy.level = 1
  return copy
}

function normalizeMarkDef(def: Json): Json {
  if (def._type !== 'link') return {...def}
  return {...def, openInNewTab: def.openInNewTab === true}
}

function normalizeObject(block: Json): Json {
  const copy: Json = {...block}
  if (copy._type === 'imageWithCredit' && copy.decorative === false) delete copy.decorative
  return copy
}

function sortMarks(marks: unknown, annotationOrder: ReadonlyMap<string, number>): string[] {
  const unique = [...new Set(Array.isArray(marks) ? marks.map(String) : [])]
  const rank = (mark: string): number => {
    const decorator = DECORATOR_ORDER.indexOf(mark)
    if (decorator !== -1) return decorator
    const annotation = annotationOrder.get(mark)
    // Other decorators keep their order between the known ones and the annotations.
    return annotation === undefined ? DECORATOR_ORDER.length : DECORATOR_ORDER.length + 1 + annotation
  }
  return unique.map((mark, index) => ({mark, index})).toSorted((a, b) => rank(a.mark) - rank(b.mark) || a.index - b.index).map(({mark}) => mark)
}

function sameMarks(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((mark, index) => mark === b[index])
}

function stripKeys(block: Json): void {
  delete block._key
  if (block._type !== 'block') return
  const renamed = new Map<string, string>()
  block.markDefs = (block.markDefs as Json[]).map((def, index) => {
    const name = `m${index}`
    if (typeof def._key === 'string') renamed.set(def._key, name)
    return {...def, _key: name}
  })
  block.children = (block.children as unknown[]).map((child) => {
    if (!isObject(child)) return child
    const copy: Json = {...child}
    delete copy._key
    if (Array.isArray(copy.marks)) copy.marks = copy.marks.map((mark) => renamed.get(String(mark)) ?? mark)
    return copy
  })
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
