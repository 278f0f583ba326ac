import {createDatasetSource, createQueryHandler, type DatasetDocument, type DatasetSourceOptions} from '@practice-press/sdk'
import {publishedIdOf} from '@practice-press/sdk/dataset'

/** Settings of {@link createHeldBackQueryHandler}. */
export interface HeldBackQueryHandlerOptions {
  /** The dataset name in the API's paths. */
  dataset: string
  /** The preview secret: with it as the bearer token, drafts and scheduled articles are seen. */
  previewToken?: string | undefined
  /** Options for the dataset sources made over the documents. */
  source?: DatasetSourceOptions | undefined
  /** The clock, in ms since the epoch (tests set it). Default `Date.now`. */
  now?: (() => number) | undefined
}

/** Documents without the articles scheduled after `now` (and their drafts), and when the first of those comes due. */
export function withoutScheduled(documents: readonly DatasetDocument[], now: number): {documents: DatasetDocument[]; until: number} {
  const held = new Set<string>()
  let until = Number.POSITIVE_INFINITY
  for (const document of documents) {
    if (document._type !== 'article') continue
    const at = Date.parse(String((document as {publishedAt?: unknown}).publishedAt ?? ''))
    if (Number.isFinite(at) && at > now) {
      held.add(publishedIdOf(document._id))
      until = Math.min(until, at)
    }
  }
  if (held.size === 0) return {documents: [...documents], until}
  return {documents: documents.filter((document) => !held.has(publishedIdOf(document._id))), until}
}

/**
 * Sanity's query API over a dataset, as the server offers it: a request with the preview
 * secret as its bearer token queries every document; any other request queries the
 * documents without the articles whose `publishedAt` is still to come, so no query can
 * read a scheduled article before its time (the pages, feeds and sitemap hold them back
 * by their own queries). The held-back view is made again when the first held article
 * comes due.
 */
export function createHeldBackQueryHandler(documents: readonly DatasetDocument[], options: HeldBackQueryHandlerOptions): (request: Request) => Promise<Response> {
  const clock = options.now ?? Date.now
  const settings = {dataset: options.dataset, ...(options.previewToken ? {previewToken: options.previewToken} : {})}
  const everything = createQueryHandler(createDatasetSource(documents, options.source), settings)
  let view: {handle: (request: Request) => Promise<Response>; until: number} | undefined
  const publicHandle = () => {
    const now = clock()
    if (!view || now >= view.until) {
      const held = withoutScheduled(documents, now)
      // Nothing held back (the usual case): the full handler serves, with no second index.
      const handle = held.documents.length === documents.length ? everything : createQueryHandler(createDatasetSource(held.documents, options.source), settings)
      view = {handle, until: held.until}
    }
    return view.handle
  }
  const bearer = options.previewToken ? `Bearer ${options.previewToken}` : undefined
  return (request) => (bearer !== undefined && request.headers.get('authorization') === bearer ? everything(request) : publicHandle()(request))
}
