/** A body with only the standard Portable Text types: custom blocks removed, annotations other than `link` unwrapped. */
export function standardOnly(body: readonly unknown[]): unknown[] {
  return body
    .filter((block) => (block as {_type?: string})._type === 'block')
    .map((value) => {
      const block = value as {markDefs?: Array<{_type: string; _key: string}>; children?: Array<{marks?: string[]}>}
      const other = new Set((block.markDefs ?? []).filter((definition) => definition._type !== 'link').map((definition) => definition._key))
      return {
        ...block,
        markDefs: (block.markDefs ?? []).filter((definition) => !other.has(definition._key)),
        children: (block.children ?? []).map((span) => ({...span, marks: (span.marks ?? []).filter((mark) => !other.has(mark))})),
      }
    })
}
