// @sanity/icons 5 exports each icon from its own subpath only; the root entry's names are `never`.
import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {EditIcon} from '@sanity/icons/Edit'
import {HomeIcon} from '@sanity/icons/Home'
import {PinIcon} from '@sanity/icons/Pin'
import {PublishIcon} from '@sanity/icons/Publish'
import {TagIcon} from '@sanity/icons/Tag'
import {UnpublishIcon} from '@sanity/icons/Unpublish'
import {UserIcon} from '@sanity/icons/User'
import {PRACTICE_ID} from '@practice-press/schemas'
import {map} from 'rxjs'
import type {StructureResolver} from 'sanity/structure'

import {DRAFT_ARTICLES_FILTER, NEVER_PUBLISHED_ARTICLES_FILTER, PUBLISHED_ARTICLES_FILTER, type ArticleListParams} from './article-lists.ts'
import {liveArticleParams} from './live-article-ids.ts'

/**
 * The Studio's left-hand menu: articles first (all, published, drafts, never published),
 * then topics, clinicians, offices, and the practice settings as one fixed document.
 *
 * The Studio queries lists with the `drafts` perspective, where a draft stands in for its
 * published document under the published `_id`; the article lists therefore filter on
 * `_originalId` and on the live articles' ids (see `article-lists.ts`), not on
 * `_id in path("drafts.**")`.
 */
export const structure: StructureResolver = (S, context) => {
  const liveParams = liveArticleParams(context.documentStore)
  const articleList = (title: string, filter: string, params?: ArticleListParams) => {
    const list = S.documentList().title(title).schemaType('article').filter(filter)
    return params ? list.params(params) : list
  }
  return S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Articles')
        .icon(DocumentTextIcon)
        .child(
          S.list()
            .title('Articles')
            .items([
              S.listItem()
                .title('All articles')
                .icon(DocumentTextIcon)
                .child(S.documentTypeList('article').title('All articles')),
              S.listItem()
                .title('Published')
                .icon(PublishIcon)
                .child(() =>
                  liveParams.pipe(
                    map((params) =>
                      articleList('Published: live on the site', PUBLISHED_ARTICLES_FILTER, params).defaultOrdering([
                        {field: 'publishedAt', direction: 'desc'},
                      ]),
                    ),
                  ),
                ),
              S.listItem()
                .title('Drafts')
                .icon(EditIcon)
                .child(
                  articleList('Drafts: unpublished changes', DRAFT_ARTICLES_FILTER).defaultOrdering([{field: '_updatedAt', direction: 'desc'}]),
                ),
              S.listItem()
                .title('Never published')
                .icon(UnpublishIcon)
                .child(() =>
                  liveParams.pipe(
                    map((params) =>
                      articleList('Drafts never published', NEVER_PUBLISHED_ARTICLES_FILTER, params).defaultOrdering([
                        {field: '_updatedAt', direction: 'desc'},
                      ]),
                    ),
                  ),
                ),
            ]),
        ),
      S.documentTypeListItem('topic').title('Topics').icon(TagIcon),
      S.documentTypeListItem('author').title('Clinicians').icon(UserIcon),
      S.documentTypeListItem('location').title('Offices').icon(PinIcon),
      S.divider(),
      S.listItem()
        .title('Practice settings')
        .id(PRACTICE_ID)
        .icon(HomeIcon)
        .child(S.document().schemaType('practice').documentId(PRACTICE_ID).title('Practice settings')),
    ])
}
