/**
 * The shape two HTML importers are compared on: per block its style, list item and level,
 * and its text as runs with the set of marks over them (decorators by name, annotations by
 * type); per object its type and alt text. Keys, mark keys and fields outside these are not
 * compared. Whitespace at either end of a block is not compared, and a run of spaces
 * counts as one space (line breaks are compared).
 */

/** One compared block. */
export type Shape =
  | {style: string; list?: string; level?: number; runs: Array<{text: string; marks: string[]}>}
  | {object: string; alt?: string}

interface LooseBlock {
  _type: string
  style?: string
  listItem?: string
  level?: number
  alt?: string
  markDefs?: Array<{_key: string; _type: string}>
  children?: Array<{_type: string; text?: string; marks?: string[]}>
}

/** The shape of Portable Text `blocks`. */
export function shapeOf(blocks: readonly unknown[]): Shape[] {
  return (blocks as LooseBlock[]).map((block) => {
    if (block._type !== 'block') return block.alt === undefined ? {object: block._type} : {object: block._type, alt: block.alt}
    const runs: Array<{text: string; marks: string[]}> = []
    for (const child of block.children ?? []) {
      const marks = (child.marks ?? []).map((mark) => block.markDefs?.find((definition) => definition._key === mark)?._type ?? mark).toSorted()
      const text = (child.text ?? '').replace(/[ \t\r\u00a0]+/g, ' ')
      const last = runs.at(-1)
      if (last && last.marks.join() === marks.join()) last.text += text
      else runs.push({text, marks})
    }
    const first = runs[0]
    if (first) first.text = first.text.trimStart()
    const end = runs.at(-1)
    if (end) end.text = end.text.trimEnd()
    const kept = runs.filter((run) => run.text !== '')
    return {style: block.style ?? 'normal', ...(block.listItem ? {list: block.listItem, level: block.level ?? 1} : {}), runs: kept}
  })
}

/** A shape as one line per block, for differences written down as data: `h2: "Title"`, `bullet 1: "One"{strong} " two"`, `[imageWithCredit]`. */
export function describeShapes(shapes: readonly Shape[]): string[] {
  return shapes.map((shape) => {
    if ('object' in shape) return `[${shape.object}]`
    const head = shape.list ? `${shape.list} ${shape.level}` : shape.style
    return `${head}: ${shape.runs.map((run) => JSON.stringify(run.text) + (run.marks.length > 0 ? `{${run.marks.join(',')}}` : '')).join(' ')}`
  })
}
