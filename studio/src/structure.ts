// @sanity/icons 5 exports each icon from its own subpath only; the root entry's names are `never`.
import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {EditIcon} from '@sanity/icons/Edit'
import {HomeIcon} from '@sanity/icons/Home'
import {PinIcon} from '@sanity/icons/Pin'
import {PublishIcon} from '@sanity/icons/Publish'
import {TagIcon} from '@sanity/icons/Tag'
import {UserIcon} from '@sanity/icons/User'
import {PRACTICE_ID} from '@practice-press/schemas'
import type {StructureResolver} from 'sanity/structure'

/**
 * The Studio's left-hand menu: articles first (all, published, drafts), then topics,
 * clinicians, offices, and the practice settings as one fixed document.
 */
export const structure: StructureResolver = (S) =>
  S.list()
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
                .child(
                  S.documentList()
                    .title('Published articles')
                    .schemaType('article')
                    .filter('_type == "article" && !(_id in path("drafts.**"))')
                    .defaultOrdering([{field: 'publishedAt', direction: 'desc'}]),
                ),
              S.listItem()
                .title('Drafts')
                .icon(EditIcon)
                .child(
                  S.documentList()
                    .title('Drafts: unpublished changes')
                    .schemaType('article')
                    .filter('_type == "article" && _id in path("drafts.**")')
                    .defaultOrdering([{field: '_updatedAt', direction: 'desc'}]),
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
