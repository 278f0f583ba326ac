import type {ContentSource} from '../sources/content-source.ts'
import {isPublishedId} from '../sources/dataset/perspective-documents.ts'
import {hasPreviewToken} from './preview-token.ts'
import {apiError, json} from './responses.ts'

/** Why a document asked for by id is not in the answer, as Sanity says it. */
export interface OmittedDocument {
  id: string
  /** `existence`: there is no such document; `permission`: a draft or release version, without the preview token. */
  reason: 'existence' | 'permission'
}

/**
 * Answers `GET /v{apiVersion}/data/doc/{dataset}/{ids}` (what `client.getDocument(id)` and
 * `client.getDocuments(ids)` call) with Sanity's shape, `{documents, omitted}`: the documents
 * by their exact ids (a `drafts.` id is the draft itself), in the order asked, and for every
 * other id `{id, reason}`. Drafts and release versions need the preview token, as the
 * `drafts` and `raw` perspectives do; without it they are omitted with reason `permission`.
 */
export async function answerDocuments(source: ContentSource, request: Request, idList: string, previewToken: string | undefined): Promise<Response> {
  const ids = [...new Set(idList.split(',').map((id) => decodeURIComponent(id).trim()).filter((id) => id !== ''))]
  const mayReadDrafts = hasPreviewToken(request, previewToken)
  const readable = mayReadDrafts ? ids : ids.filter(isPublishedId)
  let found: {_id: string}[] = []
  try {
    if (readable.length > 0) found = await source.fetch('*[_id in $ids]', {ids: readable}, {perspective: mayReadDrafts ? 'raw' : 'published'})
  } catch (problem) {
    return apiError(502, 'Bad Gateway', `The documents could not be read: ${(problem as Error)?.message ?? String(problem)}`)
  }
  const byId = new Map(found.map((document) => [document._id, document]))
  const documents: unknown[] = []
  const omitted: OmittedDocument[] = []
  for (const id of ids) {
    const document = byId.get(id)
    if (document) documents.push(document)
    else omitted.push({id, reason: readable.includes(id) ? 'existence' : 'permission'})
  }
  return json(200, {documents, omitted})
}
