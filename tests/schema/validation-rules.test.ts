import {describe, expect, it} from 'vitest'

import {article, author, location, otherArticle, practice, topic, validDataset} from '../fixtures/valid-documents.ts'
import {validateAsStudio, type EditorMarker, type StoredDocument} from '../support/validate.ts'

type Edit = (document: Record<string, any>) => void

interface RuleCase {
  rule: string
  base: StoredDocument
  edit: Edit
  expected: EditorMarker[]
}

const error = (path: string, message: string): EditorMarker => ({path, level: 'error', message})
const warning = (path: string, message: string): EditorMarker => ({path, level: 'warning', message})

const ALT = 'Add alt text: describe the picture in a few words, or switch on "Decorative only" if it adds nothing to the article.'
const WEB = 'Use a full web address that starts with https:// (or http://).'
const CONTACT =
  'Use a web address that starts with https://, an email link such as mailto:hello@example.com, or a phone link such as tel:+14085550100.'

const bodyItem = (document: Record<string, any>, key: string) => document.body.find((item: {_key: string}) => item._key === key)

const cases: RuleCase[] = [
  // Article
  {rule: 'article title required', base: article, edit: (d) => delete d.title, expected: [error('title', 'Give the article a title.')]},
  {rule: 'article title at most 120', base: article, edit: (d) => (d.title = 'x'.repeat(121)), expected: [
    error('title', 'Keep the title under 120 characters.'),
    warning('title', 'This title is longer than 60 characters, so search engines will cut it off. Shorten it, or add a shorter search title in the SEO tab.'),
  ]},
  {rule: 'article title too long for search', base: article, edit: (d) => (d.title = 'x'.repeat(61)), expected: [
    warning('title', 'This title is longer than 60 characters, so search engines will cut it off. Shorten it, or add a shorter search title in the SEO tab.'),
  ]},
  {rule: 'a search title makes a long title fine', base: article, edit: (d) => {
    d.title = 'x'.repeat(61)
    d.seo = {_type: 'seo', title: 'Short'}
  }, expected: []},
  {rule: 'article slug required', base: article, edit: (d) => delete d.slug, expected: [
    error('slug', 'Generate a web address for this page (press "Generate").'),
    error('slug.current', 'Required'),
  ]},
  {rule: 'article slug unique', base: article, edit: (d) => (d.slug.current = 'another-article'), expected: [error('slug', 'Slug is already in use')]},
  {rule: 'excerpt required', base: article, edit: (d) => delete d.excerpt, expected: [error('excerpt', 'Write an excerpt: a sentence or two that tells readers what the article offers.')]},
  {rule: 'excerpt short', base: article, edit: (d) => (d.excerpt = 'Too short.'), expected: [warning('excerpt', 'This excerpt is short; aim for at least 50 characters so it says what the article offers.')]},
  {rule: 'excerpt long', base: article, edit: (d) => (d.excerpt = 'x'.repeat(201)), expected: [error('excerpt', 'Keep the excerpt to 200 characters or fewer; it is a summary, not an introduction.')]},
  {rule: 'hero image required', base: article, edit: (d) => delete d.heroImage, expected: [error('heroImage', 'Add a main picture for the article.')]},
  {rule: 'hero image alt text', base: article, edit: (d) => delete d.heroImage.alt, expected: [error('heroImage.alt', ALT)]},
  {rule: 'hero image alt text not blank', base: article, edit: (d) => (d.heroImage.alt = '   '), expected: [error('heroImage.alt', ALT)]},
  {rule: 'hero image alt text length', base: article, edit: (d) => (d.heroImage.alt = 'x'.repeat(251)), expected: [
    error('heroImage.alt', 'Keep the alt text under 250 characters; put longer explanations in the caption.'),
  ]},
  {rule: 'hero image needs a picture', base: article, edit: (d) => delete d.heroImage.asset, expected: [error('heroImage', 'Choose or upload a picture, or remove this one.')]},
  {rule: 'inline image alt text (sanity#3427)', base: article, edit: (d) => delete bodyItem(d, 'img1').alt, expected: [error('body[_key=="img1"].alt', ALT)]},
  {rule: 'a decorative image needs no alt text', base: article, edit: (d) => {
    const image = bodyItem(d, 'img1')
    delete image.alt
    image.decorative = true
  }, expected: []},
  {rule: 'body required', base: article, edit: (d) => delete d.body, expected: [error('body', 'Write the article text.')]},
  {rule: 'author required', base: article, edit: (d) => delete d.author, expected: [error('author', 'Choose the author: an article cannot be published without one.')]},
  {rule: 'author must exist', base: article, edit: (d) => (d.author._ref = 'author-missing'), expected: [error('author', 'Referenced document must be published')]},
  {rule: 'topics unique', base: article, edit: (d) => d.topics.push({_key: 't2', _type: 'reference', _ref: topic._id}), expected: [
    error('topics[_key=="t1"]', 'Each topic is listed once.'),
    error('topics[_key=="t2"]', 'Each topic is listed once.'),
  ]},
  {rule: 'at most three topics', base: article, edit: (d) => {
    d.topics = ['a', 'b', 'c', 'd'].map((key) => ({_key: key, _type: 'reference', _ref: topic._id, _weak: true}))
  }, expected: [
    ...['a', 'b', 'c', 'd'].map((key) => error(`topics[_key=="${key}"]`, 'Each topic is listed once.')),
    warning('topics', 'More than three topics makes each one less useful; pick the closest three.'),
  ]},
  {rule: 'publication date required', base: article, edit: (d) => delete d.publishedAt, expected: [error('publishedAt', 'Set the publication date.')]},
  {rule: 'update not before publication', base: article, edit: (d) => (d.updatedAt = '2026-01-01T00:00:00Z'), expected: [
    error('updatedAt', 'The update date cannot be before the publication date.'),
  ]},
  {rule: 'related articles not itself', base: article, edit: (d) => (d.relatedArticles = [{_key: 'r1', _type: 'reference', _ref: article._id}]), expected: [
    error('relatedArticles', 'An article cannot be related to itself.'),
  ]},
  {rule: 'related articles: a draft is not related to its own article', base: article, edit: (d) => {
    d._id = `drafts.${article._id}`
    d.relatedArticles = [{_key: 'r1', _type: 'reference', _ref: article._id}]
  }, expected: [error('relatedArticles', 'An article cannot be related to itself.')]},
  {rule: 'related articles unique', base: article, edit: (d) => (d.relatedArticles = ['a', 'b'].map((key) => ({_key: key, _type: 'reference', _ref: otherArticle._id}))), expected: [
    error('relatedArticles[_key=="a"]', 'Each related article is listed once.'),
    error('relatedArticles[_key=="b"]', 'Each related article is listed once.'),
  ]},
  {rule: 'at most three related articles', base: article, edit: (d) => {
    d.relatedArticles = ['a', 'b', 'c', 'd'].map((key) => ({_key: key, _type: 'reference', _ref: otherArticle._id}))
  }, expected: [
    ...['a', 'b', 'c', 'd'].map((key) => error(`relatedArticles[_key=="${key}"]`, 'Each related article is listed once.')),
    error('relatedArticles', 'Suggest at most three related articles.'),
  ]},
  {rule: 'canonical URL is http(s)', base: article, edit: (d) => (d.canonicalUrl = 'javascript:alert(1)'), expected: [error('canonicalUrl', WEB)]},
  {rule: 'canonical URL is not ftp', base: article, edit: (d) => (d.canonicalUrl = 'ftp://example.com/post'), expected: [error('canonicalUrl', WEB)]},
  {rule: 'search title at most 60', base: article, edit: (d) => (d.seo = {_type: 'seo', title: 'x'.repeat(61)}), expected: [
    error('seo.title', 'Keep the search title to 60 characters or fewer, or search engines will cut it off.'),
  ]},
  {rule: 'search description at most 160', base: article, edit: (d) => (d.seo = {_type: 'seo', description: 'x'.repeat(161)}), expected: [
    error('seo.description', 'Keep the search description to 160 characters or fewer, or search engines will cut it off.'),
  ]},
  {rule: 'link in text: no javascript:', base: article, edit: (d) => {
    d.body[0].markDefs = [{_key: 'l1', _type: 'link', href: 'javascript:alert(1)'}]
    d.body[0].children[0].marks = ['l1']
  }, expected: [
    error(
      'body[_key=="b1"].markDefs[_key=="l1"].href',
      'Add where this link goes: a web address starting with https://, an email link (mailto:...) or a phone link (tel:...).',
    ),
  ]},
  {rule: 'link in text: address required', base: article, edit: (d) => {
    d.body[0].markDefs = [{_key: 'l1', _type: 'link'}]
    d.body[0].children[0].marks = ['l1']
  }, expected: [error(
    'body[_key=="b1"].markDefs[_key=="l1"].href',
    'Add where this link goes: a web address starting with https://, an email link (mailto:...) or a phone link (tel:...).',
  )]},
  {rule: 'link in text: mailto and tel are fine', base: article, edit: (d) => {
    d.body[0].markDefs = [
      {_key: 'l1', _type: 'link', href: 'mailto:hello@example.com'},
      {_key: 'l2', _type: 'link', href: 'tel:+14085550100', openInNewTab: true},
    ]
    d.body[0].children[0].marks = ['l1', 'l2']
  }, expected: []},
  {rule: 'internal link needs a page', base: article, edit: (d) => {
    d.body[0].markDefs = [{_key: 'i1', _type: 'internalLink'}]
    d.body[0].children[0].marks = ['i1']
  }, expected: [error('body[_key=="b1"].markDefs[_key=="i1"].reference', 'Choose the page this link goes to.')]},
  {rule: 'callout tone required', base: article, edit: (d) => delete bodyItem(d, 'c1').tone, expected: [error('body[_key=="c1"].tone', 'Choose what kind of note this is.')]},
  {rule: 'callout text required', base: article, edit: (d) => delete bodyItem(d, 'c1').text, expected: [error('body[_key=="c1"].text', 'Write the text of the note, or remove the callout.')]},
  {rule: 'callout tone from the list', base: article, edit: (d) => (bodyItem(d, 'c1').tone = 'loud'), expected: [error('body[_key=="c1"].tone', 'Choose what kind of note this is.')]},
  {rule: 'pull quote text required', base: article, edit: (d) => delete bodyItem(d, 'q1').text, expected: [error('body[_key=="q1"].text', 'Write the quote, or remove the pull quote.')]},
  {rule: 'pull quote short', base: article, edit: (d) => (bodyItem(d, 'q1').text = 'x'.repeat(281)), expected: [warning('body[_key=="q1"].text', 'Pull quotes work best short: under 280 characters.')]},
  {rule: 'call to action label required', base: article, edit: (d) => delete bodyItem(d, 'a1').label, expected: [error('body[_key=="a1"].label', 'Write the text for the button.')]},
  {rule: 'call to action label short', base: article, edit: (d) => (bodyItem(d, 'a1').label = 'x'.repeat(61)), expected: [error('body[_key=="a1"].label', 'Keep the button text under 60 characters.')]},
  {rule: 'call to action needs a target', base: article, edit: (d) => delete bodyItem(d, 'a1').url, expected: [
    error('body[_key=="a1"]', 'Choose where the button leads: a page on this site or a web address.'),
  ]},
  {rule: 'call to action has one target', base: article, edit: (d) => (bodyItem(d, 'a1').reference = {_type: 'reference', _ref: location._id}), expected: [
    error('body[_key=="a1"]', 'The button can lead to one place only: clear either the page or the web address.'),
  ]},
  {rule: 'call to action URL scheme', base: article, edit: (d) => (bodyItem(d, 'a1').url = 'data:text/html,hi'), expected: [error('body[_key=="a1"].url', CONTACT)]},

  // Clinician
  {rule: 'clinician name required', base: author, edit: (d) => delete d.name, expected: [error('name', 'Add the clinician’s name.')]},
  {rule: 'clinician slug required', base: author, edit: (d) => delete d.slug, expected: [
    error('slug', 'Generate a web address for this page (press "Generate").'),
    error('slug.current', 'Required'),
  ]},
  {rule: 'short bio required', base: author, edit: (d) => delete d.shortBio, expected: [error('shortBio', 'Write a short bio: readers see it under every article.')]},
  {rule: 'short bio length', base: author, edit: (d) => (d.shortBio = 'x'.repeat(301)), expected: [error('shortBio', 'Keep the short bio to 300 characters or fewer.')]},
  {rule: 'in practice since: a year', base: author, edit: (d) => (d.practisingSince = 1850), expected: [error('practisingSince', 'Use a four-digit year between 1950 and this year.')]},
  {rule: 'license number missing warns', base: author, edit: (d) => delete d.credentials[0].licenseNumber, expected: [
    warning('credentials[_key=="lmft"].licenseNumber', 'Add your license number, so clients can look up your license with the board.'),
  ]},
  {rule: 'credential abbreviation required', base: author, edit: (d) => delete d.credentials[0].abbreviation, expected: [
    error('credentials[_key=="lmft"].abbreviation', 'Add the abbreviation, e.g. "LMFT".'),
  ]},
  {rule: 'credential name required', base: author, edit: (d) => delete d.credentials[0].name, expected: [
    error('credentials[_key=="lmft"].name', 'Write out the full name of the credential.'),
  ]},
  {rule: 'credential board required', base: author, edit: (d) => delete d.credentials[0].issuingBoard, expected: [
    error('credentials[_key=="lmft"].issuingBoard', 'Add the board that issued the license.'),
  ]},
  {rule: 'credential state code', base: author, edit: (d) => (d.credentials[0].state = 'California'), expected: [
    error('credentials[_key=="lmft"].state', 'Use the two-letter state code in capitals, e.g. "CA".'),
  ]},
  {rule: 'contact email', base: author, edit: (d) => (d.contact.email = 'alex at example'), expected: [error('contact.email', 'This does not look like an email address; check for typos.')]},
  {rule: 'contact phone', base: author, edit: (d) => (d.contact.phone = 'call me'), expected: [
    error('contact.phone', 'Write the phone number with digits, spaces, dashes or brackets only, e.g. "(408) 555-0100".'),
  ]},
  {rule: 'booking page is http(s)', base: author, edit: (d) => (d.contact.bookingUrl = 'javascript:void(0)'), expected: [error('contact.bookingUrl', WEB)]},
  {rule: 'offices unique', base: author, edit: (d) => d.offices.push({_key: 'o2', _type: 'reference', _ref: location._id}), expected: [
    error('offices[_key=="o1"]', 'Each office is listed once.'),
    error('offices[_key=="o2"]', 'Each office is listed once.'),
  ]},
  {rule: 'profile link label required', base: author, edit: (d) => delete d.profileLinks[0].label, expected: [error('profileLinks[_key=="p1"].label', 'Add a label for this link.')]},
  {rule: 'profile link address required', base: author, edit: (d) => delete d.profileLinks[0].url, expected: [error('profileLinks[_key=="p1"].url', 'Add the full web address, starting with https://')]},
  {rule: 'profile link is http(s)', base: author, edit: (d) => (d.profileLinks[0].url = 'mailto:a@example.com'), expected: [error('profileLinks[_key=="p1"].url', 'Add the full web address, starting with https://')]},
  {rule: 'portrait alt text', base: author, edit: (d) => delete d.portrait.alt, expected: [error('portrait.alt', ALT)]},

  // Office
  {rule: 'office name required', base: location, edit: (d) => delete d.name, expected: [error('name', 'Give the office a name.')]},
  {rule: 'street required', base: location, edit: (d) => delete d.address.street, expected: [error('address.street', 'Add the street address.')]},
  {rule: 'city required', base: location, edit: (d) => delete d.address.city, expected: [error('address.city', 'Add the city.')]},
  {rule: 'state code', base: location, edit: (d) => (d.address.state = 'ca'), expected: [error('address.state', 'Use the two-letter state code in capitals, e.g. "CA".')]},
  {rule: 'ZIP code', base: location, edit: (d) => (d.address.postalCode = '9511'), expected: [error('address.postalCode', 'Use a five-digit ZIP code, e.g. "95112".')]},
  {rule: 'country code', base: location, edit: (d) => (d.address.country = 'USA'), expected: [error('address.country', 'Use the two-letter country code in capitals, e.g. "US".')]},
  {rule: 'office phone', base: location, edit: (d) => (d.phone = '<script>'), expected: [
    error('phone', 'Write the phone number with digits, spaces, dashes or brackets only, e.g. "(408) 555-0100".'),
  ]},
  {rule: 'opening hours day required', base: location, edit: (d) => delete d.openingHours[0].day, expected: [error('openingHours[_key=="tue"].day', 'Choose the day.')]},
  {rule: 'opening time format', base: location, edit: (d) => (d.openingHours[0].opens = '9am'), expected: [
    error('openingHours[_key=="tue"].opens', 'Write the time as HH:MM in 24-hour time, e.g. "09:00".'),
  ]},
  {rule: 'closing time format', base: location, edit: (d) => (d.openingHours[0].closes = '25:00'), expected: [
    error('openingHours[_key=="tue"].closes', 'Write the time as HH:MM in 24-hour time, e.g. "17:30".'),
  ]},
  {rule: 'closes after it opens', base: location, edit: (d) => (d.openingHours[0].closes = '08:00'), expected: [
    error('openingHours[_key=="tue"]', 'The closing time must be later than the opening time.'),
  ]},

  // Topic
  {rule: 'topic name required', base: topic, edit: (d) => delete d.title, expected: [error('title', 'Give the topic a name.')]},
  {rule: 'topic name short', base: topic, edit: (d) => (d.title = 'x'.repeat(41)), expected: [error('title', 'Keep topic names under 40 characters.')]},
  {rule: 'topic description short', base: topic, edit: (d) => (d.description = 'x'.repeat(301)), expected: [error('description', 'Keep the description under 300 characters.')]},

  // Practice settings
  {rule: 'practice name required', base: practice, edit: (d) => delete d.name, expected: [error('name', 'Add the practice name.')]},
  {rule: 'website address required', base: practice, edit: (d) => delete d.baseUrl, expected: [error('baseUrl', 'Add the website address, starting with https://; feeds and search results need it.')]},
  {rule: 'website address is http(s)', base: practice, edit: (d) => (d.baseUrl = 'www.example.com'), expected: [
    error('baseUrl', 'Add the website address, starting with https://; feeds and search results need it.'),
  ]},
  {rule: 'practice description short', base: practice, edit: (d) => (d.description = 'x'.repeat(301)), expected: [error('description', 'Keep the description under 300 characters.')]},
  {rule: 'crisis notice required', base: practice, edit: (d) => delete d.crisisResources, expected: [
    error('crisisResources', 'Keep a crisis notice: articles show it to readers who may need help now.'),
    error('crisisResources.heading', 'Add a short heading for the crisis notice.'),
    error('crisisResources.text', 'Write the crisis notice: readers in distress need a number to call.'),
  ]},
  {rule: 'crisis notice text required', base: practice, edit: (d) => delete d.crisisResources.text, expected: [
    error('crisisResources.text', 'Write the crisis notice: readers in distress need a number to call.'),
  ]},
  {rule: 'crisis notice heading required', base: practice, edit: (d) => delete d.crisisResources.heading, expected: [
    error('crisisResources.heading', 'Add a short heading for the crisis notice.'),
  ]},
  {rule: 'feed title required', base: practice, edit: (d) => delete d.feed.title, expected: [error('feed.title', 'Give the feed a title.')]},
  {rule: 'feed description short', base: practice, edit: (d) => (d.feed.description = 'x'.repeat(301)), expected: [error('feed.description', 'Keep the feed description under 300 characters.')]},
  {rule: 'feed language code', base: practice, edit: (d) => (d.feed.language = 'English'), expected: [error('feed.language', 'Use a language code such as "en-US" or "vi".')]},
]

describe('validation rules: the message the editor sees', () => {
  it('the valid fixtures pass', async () => {
    for (const document of [article, author, location, topic, practice]) {
      expect({id: document._id, markers: await validateAsStudio(document, validDataset)}).toEqual({id: document._id, markers: []})
    }
  })

  it.each(cases)('$rule', async ({base, edit, expected}) => {
    const document = structuredClone(base) as Record<string, any>
    edit(document)
    const dataset = validDataset.map((stored) => (stored._id === base._id ? (document as StoredDocument) : stored))
    expect(await validateAsStudio(document as StoredDocument, dataset)).toEqual(
      expected.toSorted((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message)),
    )
  })
})
