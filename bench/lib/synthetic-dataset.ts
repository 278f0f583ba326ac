/**
 * A synthetic dataset shaped like the practice's, at any size: 80% articles of about 30
 * blocks, the rest clinicians, offices, topics and image assets. Deterministic.
 */
import type {DatasetDocument} from '@practice-press/sdk'

const WORDS = 'listen repair trust partner conflict money family boundary weekly ritual calm honest care space talk time'.split(' ')

function sentence(seed: number, words: number): string {
  let text = ''
  for (let index = 0; index < words; index++) text += `${WORDS[(seed * 7 + index * 13) % WORDS.length]} `
  return text.trim()
}

function block(seed: number, index: number) {
  const style = index % 9 === 0 ? 'h2' : 'normal'
  return {
    _key: `b${index}`,
    _type: 'block',
    style,
    markDefs: index % 5 === 0 ? [{_key: `l${index}`, _type: 'link', href: 'https://example.com'}] : [],
    children: [
      {_key: `s${index}a`, _type: 'span', marks: [], text: sentence(seed + index, 30)},
      {_key: `s${index}b`, _type: 'span', marks: index % 5 === 0 ? [`l${index}`] : ['em'], text: sentence(seed * 3 + index, 8)},
    ],
  }
}

/** `count` documents, of which 80% are articles. */
export function syntheticDataset(count: number): DatasetDocument[] {
  const documents: DatasetDocument[] = []
  const assets = Math.max(1, Math.floor(count * 0.05))
  const authors = Math.max(1, Math.floor(count * 0.05))
  const topics = Math.max(1, Math.floor(count * 0.05))
  const locations = Math.max(1, count - Math.floor(count * 0.8) - assets - authors - topics)
  for (let index = 0; index < assets; index++) {
    const sha1 = index.toString(16).padStart(40, '0')
    documents.push({_id: `image-${sha1}-1600x900-jpg`, _type: 'sanity.imageAsset', url: `/images/${sha1}-1600x900.jpg`, metadata: {dimensions: {width: 1600, height: 900}}})
  }
  for (let index = 0; index < locations; index++) {
    documents.push({_id: `location-${index}`, _type: 'location', name: `Office ${index}`, slug: {_type: 'slug', current: `office-${index}`}, address: {city: 'San Jose'}})
  }
  for (let index = 0; index < authors; index++) {
    documents.push({
      _id: `author-${index}`,
      _type: 'author',
      name: `Author ${index}`,
      slug: {_type: 'slug', current: `author-${index}`},
      offices: [{_key: 'o', _type: 'reference', _ref: `location-${index % locations}`}],
      credentials: [{_key: 'c', _type: 'credential', abbreviation: 'LMFT'}],
    })
  }
  for (let index = 0; index < topics; index++) {
    documents.push({_id: `topic-${index}`, _type: 'topic', title: `Topic ${index}`, slug: {_type: 'slug', current: `topic-${index}`}})
  }
  const articles = count - documents.length
  for (let index = 0; index < articles; index++) {
    const day = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString()
    documents.push({
      _id: `article-${index}`,
      _type: 'article',
      title: sentence(index, 6),
      slug: {_type: 'slug', current: `article-${index}`},
      excerpt: sentence(index + 1, 20),
      publishedAt: day,
      heroImage: {_type: 'imageWithCredit', alt: 'x', asset: {_type: 'reference', _ref: documents[index % assets]!._id}},
      author: {_type: 'reference', _ref: `author-${index % authors}`},
      topics: [{_key: 't', _type: 'reference', _ref: `topic-${index % topics}`}],
      relatedArticles: index > 2 ? [{_key: 'r', _type: 'reference', _ref: `article-${index - 1}`}] : [],
      showCrisisNotice: true,
      body: Array.from({length: 30}, (_, block_) => block(index, block_)),
    })
  }
  return documents
}
