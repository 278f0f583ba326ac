/**
 * A way to reach her (issue 23 §2): the contact page lists the ways of contact the data
 * holds, with the privacy note and no form; each article ends with its author's card; the
 * navigation links the clinicians and the contact page; a reply promise appears only
 * beside the way of contact it is about; the crisis notice's numbers are `tel:` links.
 */
import {createApp} from '@practice-press/cli/app'
import {createDatasetSource, type DatasetDocument} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {beforeAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

let example: DatasetDocument[]
beforeAll(async () => {
  example = await readExport(repoPath('content'))
})
async function page(path: string, documents = example): Promise<string> {
  const response = await createApp({source: createDatasetSource(documents)}).fetch(new Request(`http://localhost${path}`))
  expect(response.status).toBe(200)
  return response.text()
}
const main = (body: string) => body.slice(body.indexOf('<main'), body.indexOf('</main>'))
const withContact = (id: string, contact: Record<string, unknown> | undefined) =>
  example.map((document) => (document._id === id ? ({...document, contact} as DatasetDocument) : document))

describe('the contact page', () => {
  it('lists each clinician who filled in a way of contact, the offices with their phones, the privacy note and the crisis numbers as tel: links; no form', async () => {
    const body = main(await page('/contact'))
    expect(body).toContain('<h1>Contact</h1>')
    expect(body).toContain('Please do not write what brings you to therapy')
    expect(body).not.toContain('<form')
    // The sample author filled in all three; Lia filled in none, so she is not listed.
    expect(body).toContain('<a href="https://www.talkwithlia.example/book" rel="noopener noreferrer">Book a consultation</a>')
    expect(body).toContain('<a href="tel:4085550123">(408) 555-0123</a>')
    expect(body).toContain('<a href="mailto:sam.rivera@example.com">sam.rivera@example.com</a>')
    expect(body).not.toContain('/authors/lia-huynh')
    expect(body).toContain('<a href="tel:4085550100">(408) 555-0100</a>')
    expect(body).toMatch(/<a href="tel:988">988<\/a>/)
    expect(body).toMatch(/<a href="tel:911">911<\/a>/)
  })

  it('shows a reply promise only beside an email address or phone number it is about', async () => {
    // A booking link alone: the promise about replies is left out.
    const bookingOnly = withContact('author-sam-rivera', {_type: 'contact', bookingUrl: 'https://book.example/sam', responsePromise: 'a personal reply in 24 hours or less'})
    expect(main(await page('/contact', bookingOnly))).not.toContain('24 hours')
    expect(main(await page('/contact'))).toContain('<li>A personal reply in 24 hours or less.</li>')
  })

  it('says so when the site holds no way of contact, instead of making one up', async () => {
    const none = example
      .map((document) => (document._type === 'author' ? ({...document, contact: undefined} as DatasetDocument) : document))
      .map((document) => (document._type === 'location' ? ({...document, phone: undefined} as DatasetDocument) : document))
    expect(main(await page('/contact', none))).toContain('No phone number, email address or booking link has been added to this site yet.')
  })
})

describe('where clients look', () => {
  it('the navigation links each clinician and the contact page; the footer links the contact page and writes crisis numbers as tel: links', async () => {
    const body = await page('/')
    const nav = body.slice(body.indexOf('<nav class="site-nav"'), body.indexOf('</nav>', body.indexOf('<nav class="site-nav"')))
    expect(nav).toContain('<a href="/authors/lia-huynh">Lia Huynh</a>')
    expect(nav).toContain('<a href="/contact">Contact</a>')
    const footer = body.slice(body.indexOf('<footer'))
    expect(footer).toContain('<a href="/contact">')
    expect(footer).toMatch(/<a href="tel:988">988<\/a>/)
  })

  it('each article ends with its author card: name and credential linked to the page, one line of bio, how to reach her', async () => {
    const body = main(await page('/articles/repair-after-an-argument'))
    const card = body.slice(body.indexOf('<aside class="author-card"'), body.indexOf('</aside>', body.indexOf('<aside class="author-card"')))
    expect(card).toContain('<a href="/authors/sam-rivera">Sam Rivera (sample author)</a>, LMFT')
    expect(card).toContain('Book a consultation')
    expect(card).toContain('tel:4085550123')
    // Without any way of contact, no contact list (and no promise).
    const noContact = main(await page('/articles/repair-after-an-argument', withContact('author-sam-rivera', undefined)))
    const bare = noContact.slice(noContact.indexOf('<aside class="author-card"'), noContact.indexOf('</aside>', noContact.indexOf('<aside class="author-card"')))
    expect(bare).not.toContain('contact-list')
    expect(bare).not.toContain('24 hours')
    expect(bare).toContain('More about Sam Rivera (sample author)')
  })
})
