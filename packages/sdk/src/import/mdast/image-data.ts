import type {Image} from 'mdast'

/** A picture's credit as the importers find it (Credit without its `_type`). */
export interface CreditFields {
  name?: string
  source?: string
  url?: string
}

/** What the importers attach to an mdast `image` beyond its URL and alt text. */
export interface ImageExtras {
  caption?: string
  credit?: CreditFields
  /** Where a link around the picture led (the article's pictures are not links). */
  linkedTo?: string
}

/** The extras attached to an mdast image (a figure's caption and credit, a credit line). */
export function imageExtras(node: Image): ImageExtras {
  const data = node.data as {practicePressImport?: ImageExtras} | undefined
  return data?.practicePressImport ?? {}
}

/** Attaches extras to an mdast image, keeping what it already has. */
export function withImageExtras(node: Image, extras: ImageExtras): Image {
  const data = (node.data ?? {}) as {practicePressImport?: ImageExtras}
  return {...node, data: {...data, practicePressImport: {...data.practicePressImport, ...extras}}} as Image
}
