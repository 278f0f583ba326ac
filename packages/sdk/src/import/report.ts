import type {ImportReportEntry, ImportReportKind} from './types.ts'

/** Where something starts in the input: a unist point, or a node that has a position. */
export interface ReportPlace {
  line?: number
  column?: number
}

/** Anything a report entry can be placed at: a point, a node with a position, or nothing. */
export type ReportAt = ReportPlace | {position?: {start: ReportPlace} | undefined} | undefined

/** Collects report entries in the order things are found. */
export interface Reporter {
  /** Adds one entry. */
  add(kind: ImportReportKind, message: string, at?: ReportAt, excerpt?: string): void
  /** Every entry so far, sorted by place in the input (entries without a place keep their order). */
  entries(): ImportReportEntry[]
}

/** The longest excerpt of dropped markup kept in a report entry. */
export const EXCERPT_LIMIT = 200

/** Cuts `text` to {@link EXCERPT_LIMIT} characters, ending with an ellipsis when cut. */
export function shorten(text: string, limit = EXCERPT_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`
}

/** Creates an empty {@link Reporter}. */
export function createReporter(): Reporter {
  const list: ImportReportEntry[] = []
  return {
    add(kind, message, at, excerpt) {
      const place = placeOf(at)
      const entry: ImportReportEntry = {kind, message}
      if (place.line !== undefined) entry.line = place.line
      if (place.column !== undefined) entry.column = place.column
      if (excerpt !== undefined) entry.excerpt = excerpt
      list.push(entry)
    },
    entries() {
      // A stable sort: entries found later but placed earlier (a definition nothing uses,
      // found at the end) move to their place; the rest keep the order they were found in.
      return list
        .map((entry, index) => ({entry, index}))
        .toSorted((a, b) => (a.entry.line ?? Infinity) - (b.entry.line ?? Infinity) || (a.entry.column ?? 0) - (b.entry.column ?? 0) || a.index - b.index)
        .map(({entry}) => entry)
    },
  }
}

function placeOf(at: ReportAt): ReportPlace {
  if (!at) return {}
  if ('position' in at) return at.position ? {line: at.position.start.line, column: at.position.start.column} : {}
  return at as ReportPlace
}
