/**
 * The order marks nest in: which mark of a span goes outside which, and which open marks
 * close when a span starts. Marks covering longer runs of spans go outside; on a tie
 * annotations go outside decorators, then `strong` outside `em`; a link is never split.
 */

/** A span as the mark tree sees it: its text, the marks that nest, whether it is code. */
export interface Span {
  text: string
  /** Marks that nest, in the span's order. */
  marks: string[]
  code: boolean
}

/** An open mark and what it holds so far. */
export interface Frame {
  mark: string
  children: unknown[]
}

/** Decorators that nest in this order when they cover the same spans; annotations go outside. */
const DECORATOR_ORDER = ['strong', 'em']

/** A span's marks in nesting order, outermost first; `definitions` holds the block's annotations, in `markDefs` order. */
export function sortMarks(marks: string[], spans: Span[], index: number, definitions: ReadonlyMap<string, unknown>): string[] {
  if (marks.length === 1) return marks
  const runs = new Map<string, number>()
  for (const mark of marks) runs.set(mark, run(spans, index, mark))
  const keys = [...definitions.keys()]
  const rank = (mark: string): number => {
    if (definitions.has(mark)) return keys.indexOf(mark) - keys.length
    const order = DECORATOR_ORDER.indexOf(mark)
    return order === -1 ? DECORATOR_ORDER.length : order
  }
  return marks.toSorted((a, b) => (runs.get(b) ?? 0) - (runs.get(a) ?? 0) || rank(a) - rank(b) || (a < b ? -1 : 1))
}

/**
 * An annotation (a link) is never split in two: when one starts at this span and runs
 * past the end of a decorator left open above the last open annotation, that decorator
 * closes here (and opens again inside the link), so the decorator is split instead.
 */
export function keepForAnnotations(stack: readonly Frame[], keep: number, span: Span, spans: readonly Span[], index: number, definitions: ReadonlyMap<string, unknown>): number {
  let kept = keep
  for (const mark of span.marks) {
    if (!definitions.has(mark) || isOpen(stack.slice(0, kept), mark)) continue
    const annotationRun = run(spans, index, mark)
    for (let depth = 1; depth < kept; depth++) {
      const open = (stack[depth] as Frame).mark
      if (!definitions.has(open) && run(spans, index, open) < annotationRun) {
        kept = depth
        break
      }
    }
  }
  return kept
}

/** How many spans from `index` on carry `mark`. */
export function run(spans: readonly Span[], index: number, mark: string): number {
  let length = 0
  while ((spans[index + length]?.marks ?? []).includes(mark)) length++
  return length
}

/** Whether a mark is open on the stack. */
export function isOpen(stack: readonly Frame[], mark: string): boolean {
  for (const frame of stack) if (frame.mark === mark) return true
  return false
}
