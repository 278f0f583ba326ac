/**
 * What `source.fetch(query)` returns, pinned at the type level: checked by `pnpm typecheck`
 * (tests/tsconfig.json includes every `*.test-d.ts`; tests/types/type-tests-checked.test.ts
 * holds that to be so).
 */
import {
  articlesPageQuery,
  createDatasetSource,
  createSanitySource,
  type listArticles,
  type ArticlesPageQueryResult,
  type ContentSource,
  type QueryResult,
} from '@practice-press/sdk'
import {describe, expectTypeOf, it} from 'vitest'

import {officeCardsQuery, topicTitlesQuery} from '../../../../tests/fixtures/developer-site/queries.ts'
import type {OfficeCardsQueryResult, TopicTitlesQueryResult} from '../../../../tests/fixtures/developer-site/sanity.types.ts'

const dataset = createDatasetSource([])
const sanity = createSanitySource({projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19'})

describe('fetch infers the result of a defineQuery query', () => {
  it('for the SDK’s own queries, on both sources and on any ContentSource', () => {
    expectTypeOf(dataset.fetch(articlesPageQuery, {})).resolves.toEqualTypeOf<ArticlesPageQueryResult>()
    expectTypeOf(sanity.fetch(articlesPageQuery, {})).resolves.toEqualTypeOf<ArticlesPageQueryResult>()
    const source: ContentSource = dataset
    expectTypeOf(source.fetch(articlesPageQuery)).resolves.toEqualTypeOf<ArticlesPageQueryResult>()
  })

  it('for a developer’s own query file that TypeGen scanned', () => {
    expectTypeOf(dataset.fetch(officeCardsQuery)).resolves.toEqualTypeOf<OfficeCardsQueryResult>()
    expectTypeOf(sanity.fetch(topicTitlesQuery)).resolves.toEqualTypeOf<TopicTitlesQueryResult>()
    expectTypeOf<TopicTitlesQueryResult>().toEqualTypeOf<Array<string>>()
    expectTypeOf<QueryResult<typeof officeCardsQuery>>().toEqualTypeOf<OfficeCardsQueryResult>()
  })

  it('unknown for any other string, or the type given', () => {
    expectTypeOf(dataset.fetch('*[_type == "topic"].title')).resolves.toBeUnknown()
    const query: string = articlesPageQuery
    expectTypeOf(sanity.fetch(query)).resolves.toBeUnknown()
    expectTypeOf(dataset.fetch<string[]>('*[_type == "topic"].title')).resolves.toEqualTypeOf<string[]>()
  })
})

describe('required fields are non-null in published results', () => {
  it('an article’s title, slug, excerpt and publishedAt need no `!`', () => {
    type Item = Awaited<ReturnType<typeof listArticles>>['items'][number]
    expectTypeOf<Item['title']>().toEqualTypeOf<string>()
    expectTypeOf<Item['slug']>().toEqualTypeOf<string>()
    expectTypeOf<Item['excerpt']>().toEqualTypeOf<string>()
    expectTypeOf<Item['publishedAt']>().toEqualTypeOf<string>()
    // Optional in the schema: still nullable.
    expectTypeOf<Item['updatedAt']>().toEqualTypeOf<string | null>()
  })
  it('an office card’s name is required, its city is not', () => {
    expectTypeOf<OfficeCardsQueryResult[number]>().toEqualTypeOf<{name: string; city: string | null; acceptingNewClients: boolean | null}>()
  })
})
