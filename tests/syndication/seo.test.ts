/** Meta tags and JSON-LD (typed with schema-dts) over the example dataset; safe script serialisation. */
import {getArticle, getAuthor, getLocation, getPractice, type PracticeQueryResult} from '@practice-press/sdk'
import {
  blogPostingJsonLd,
  breadcrumbListJsonLd,
  jsonLdScript,
  medicalClinicJsonLd,
  metaTags,
  personJsonLd,
  webSiteJsonLd,
} from '@practice-press/sdk/syndication'
import {beforeAll, describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, NOW} from './support.ts'

let source: Awaited<ReturnType<typeof exampleSource>>
let practice: PracticeQueryResult
beforeAll(async () => {
  source = await exampleSource()
  practice = await getPractice(source)
})
const HERO = `${BASE_URL}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg`
const hours = (day: string) => ({'@type': 'OpeningHoursSpecification', dayOfWeek: day, opens: '10:00', closes: '18:00'})
const repair = async () => (await getArticle(source, {slug: 'repair-after-an-argument', now: NOW}))!

describe('metaTags', () => {
  it('as data: title, description, canonical, robots (noindex for sample content), Open Graph, Twitter', async () => {
    const meta = metaTags(await repair(), practice)
    const description = 'Arguments are normal. A calm, step-by-step way for couples to pause, come back together and repair the connection after a fight.'
    const image = `${HERO}?rect=0,30,1600,840&w=1200&h=630&fit=crop`
    const alt = 'Two people sitting close together on a park bench, seen from behind, watching the sun set over green hills'
    expect([meta.title, meta.canonical, meta.robots, meta.description]).toEqual([
      'Repairing after an argument: a guide for couples | Talk with Lia',
      `${BASE_URL}/articles/repair-after-an-argument`,
      'noindex, nofollow',
      description,
    ])
    expect(meta.tags).toEqual([
      {name: 'description', content: description},
      {name: 'robots', content: 'noindex, nofollow'},
      {property: 'og:type', content: 'article'},
      {property: 'og:title', content: 'Repairing after an argument: a guide for couples'},
      {property: 'og:description', content: description},
      {property: 'og:url', content: `${BASE_URL}/articles/repair-after-an-argument`},
      {property: 'og:site_name', content: 'Talk with Lia'},
      {property: 'og:locale', content: 'en_US'},
      {property: 'article:published_time', content: '2025-02-11T16:00:00.000Z'},
      {property: 'article:modified_time', content: '2025-06-03T17:30:00.000Z'},
      {property: 'article:author', content: `${BASE_URL}/authors/sam-rivera`},
      {property: 'article:section', content: 'Couples'},
      {property: 'article:tag', content: 'Couples'},
      {property: 'article:tag', content: 'Conflict'},
      {property: 'article:tag', content: 'Trust'},
      {property: 'og:image', content: image},
      {property: 'og:image:width', content: '1200'},
      {property: 'og:image:height', content: '630'},
      {property: 'og:image:alt', content: alt},
      {name: 'twitter:card', content: 'summary_large_image'},
      {name: 'twitter:title', content: 'Repairing after an argument: a guide for couples'},
      {name: 'twitter:description', content: description},
      {name: 'twitter:image', content: image},
      {name: 'twitter:image:alt', content: alt},
    ])
    expect(meta.html.split('\n').slice(0, 3)).toEqual([
      '<title>Repairing after an argument: a guide for couples | Talk with Lia</title>',
      `<link rel="canonical" href="${BASE_URL}/articles/repair-after-an-argument">`,
      `<meta name="description" content="${description}">`,
    ])
  })

  it('escapes every value in the HTML; seo.noIndex alone gives noindex; a real site is indexed', () => {
    const article = {title: 'Quotes " & <tags> \'here\'', slug: 'q', excerpt: '"><script>alert(1)</script>', seo: {noIndex: true}}
    const meta = metaTags(article, {name: 'P', baseUrl: BASE_URL})
    expect(meta.html).toBe(
      [
        '<title>Quotes &quot; &amp; &lt;tags&gt; \'here\' | P</title>',
        `<link rel="canonical" href="${BASE_URL}/articles/q">`,
        '<meta name="description" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
        '<meta name="robots" content="noindex">',
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="Quotes &quot; &amp; &lt;tags&gt; \'here\'">',
        '<meta property="og:description" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
        `<meta property="og:url" content="${BASE_URL}/articles/q">`,
        '<meta property="og:site_name" content="P">',
        '<meta name="twitter:card" content="summary">',
        '<meta name="twitter:title" content="Quotes &quot; &amp; &lt;tags&gt; \'here\'">',
        '<meta name="twitter:description" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
      ].join('\n'),
    )
    expect(metaTags({title: 'T', slug: 't'}, {name: 'P', baseUrl: BASE_URL, sampleContent: false}).robots).toBe('index, follow')
    expect(() => metaTags({title: 'T'}, {name: 'P'})).toThrow(
      'metaTags: options.baseUrl must be an absolute http(s) address such as "https://www.example.com" when the practice\'s baseUrl is not one; got undefined, and the practice has none.',
    )
  })
})

describe('JSON-LD', () => {
  it('BlogPosting', async () => {
    expect(blogPostingJsonLd(await repair(), practice)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'How to repair after an argument',
      description: 'Arguments are normal. A calm, step-by-step way for couples to pause, come back together and repair the connection after a fight.',
      image: {'@type': 'ImageObject', url: `${HERO}?w=1200`, width: 1200, height: 675},
      datePublished: '2025-02-11T16:00:00.000Z',
      dateModified: '2025-06-03T17:30:00.000Z',
      author: {'@type': 'Person', name: 'Sam Rivera (sample author)', url: `${BASE_URL}/authors/sam-rivera`},
      publisher: {'@type': 'Organization', name: 'Talk with Lia', url: `${BASE_URL}/`, logo: `${BASE_URL}/images/402cd553fcba8237a570c3ec6ecc3a7688d15dc5-512x512.png`},
      mainEntityOfPage: {'@type': 'WebPage', '@id': `${BASE_URL}/articles/repair-after-an-argument`},
      url: `${BASE_URL}/articles/repair-after-an-argument`,
      wordCount: 429,
      inLanguage: 'en-US',
      keywords: 'Couples, Conflict, Trust',
    })
  })

  it('Person with hasCredential: Lia Huynh’s license number is unknown, so there is no identifier', async () => {
    const lia = personJsonLd((await getAuthor(source, {slug: 'lia-huynh'}))!, practice)
    expect(lia).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Lia Huynh',
      url: `${BASE_URL}/authors/lia-huynh`,
      jobTitle: 'Licensed Marriage and Family Therapist',
      honorificSuffix: 'LMFT',
      description:
        'Lia Huynh is a licensed marriage and family therapist with more than 20 years of experience helping couples and individuals. She sees clients in San Jose and Milpitas, California.',
      knowsLanguage: ['English'],
      knowsAbout: ['Couples therapy', 'Individual therapy'],
      hasCredential: [
        {
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: 'license',
          name: 'Licensed Marriage and Family Therapist',
          recognizedBy: {'@type': 'Organization', name: 'California Board of Behavioral Sciences'},
          validIn: {'@type': 'AdministrativeArea', name: 'CA'},
        },
      ],
      worksFor: {'@type': 'Organization', name: 'Talk with Lia', url: `${BASE_URL}/`, logo: `${BASE_URL}/images/402cd553fcba8237a570c3ec6ecc3a7688d15dc5-512x512.png`},
      workLocation: [
        {'@type': 'MedicalClinic', '@id': `${BASE_URL}/locations/san-jose#clinic`, name: 'Talk with Lia, San Jose office', url: `${BASE_URL}/locations/san-jose`},
        {'@type': 'MedicalClinic', '@id': `${BASE_URL}/locations/milpitas#clinic`, name: 'Talk with Lia, Milpitas office', url: `${BASE_URL}/locations/milpitas`},
      ],
    })
    // Each office the Person names is the MedicalClinic its own page describes.
    for (const slug of ['san-jose', 'milpitas']) {
      const clinic = medicalClinicJsonLd((await getLocation(source, {slug}))!, practice)
      expect(lia.workLocation).toContainEqual(expect.objectContaining({'@id': clinic['@id'], name: clinic.name, url: clinic.url}))
    }
    const sam = personJsonLd((await getAuthor(source, {slug: 'sam-rivera'}))!, practice)
    expect(sam.hasCredential).toEqual([expect.objectContaining({identifier: 'SAMPLE-00000'})])
  })

  it('MedicalClinic per office: address, geo, hours, new patients, telehealth', async () => {
    // The real offices' hours, telehealth and intake are unknown, so the dataset leaves them
    // empty and the JSON-LD says nothing of them; here they are filled in for the test.
    const sanJose = (await getLocation(source, {slug: 'san-jose'}))!
    expect(medicalClinicJsonLd(sanJose, practice)).not.toHaveProperty('isAcceptingNewPatients')
    expect(medicalClinicJsonLd(sanJose, practice)).not.toHaveProperty('openingHoursSpecification')
    expect(medicalClinicJsonLd(sanJose, practice)).not.toHaveProperty('availableService')
    const clinic = medicalClinicJsonLd(
      {
        ...sanJose,
        openingHours: ['Tuesday', 'Wednesday', 'Thursday'].map((day) => ({_key: day, _type: 'openingHours' as const, day, opens: '10:00', closes: '18:00'})),
        acceptingNewClients: true,
        telehealth: true,
        telehealthRegions: ['California'],
      },
      practice,
    )
    expect(clinic).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      '@id': `${BASE_URL}/locations/san-jose#clinic`,
      name: 'Talk with Lia, San Jose office',
      url: `${BASE_URL}/locations/san-jose`,
      telephone: '(408) 555-0100',
      address: {'@type': 'PostalAddress', streetAddress: '100 Example Street, Suite 200', addressLocality: 'San Jose', addressRegion: 'CA', postalCode: '95113', addressCountry: 'US'},
      geo: {'@type': 'GeoCoordinates', latitude: 37.3382, longitude: -121.8863},
      openingHoursSpecification: [hours('Tuesday'), hours('Wednesday'), hours('Thursday')],
      isAcceptingNewPatients: true,
      availableService: {'@type': 'MedicalTherapy', name: 'Telehealth sessions (video)', description: 'Sessions by video for clients in California.'},
      parentOrganization: {'@type': 'Organization', name: 'Talk with Lia', url: `${BASE_URL}/`, logo: `${BASE_URL}/images/402cd553fcba8237a570c3ec6ecc3a7688d15dc5-512x512.png`},
    })
    expect(medicalClinicJsonLd({name: 'Bare office'}, practice)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: 'Talk with Lia, Bare office',
      parentOrganization: clinic.parentOrganization,
    })
  })

  it('WebSite with a SearchAction, and a BreadcrumbList', () => {
    expect(webSiteJsonLd(practice).potentialAction).toEqual({
      '@type': 'SearchAction',
      target: {'@type': 'EntryPoint', urlTemplate: `${BASE_URL}/search?q={search_term_string}`},
      'query-input': 'required name=search_term_string',
    })
    expect(breadcrumbListJsonLd([{name: 'Home', url: `${BASE_URL}/`}, {name: 'Trust', url: `${BASE_URL}/topics/trust`}])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        {'@type': 'ListItem', position: 1, name: 'Home', item: `${BASE_URL}/`},
        {'@type': 'ListItem', position: 2, name: 'Trust', item: `${BASE_URL}/topics/trust`},
      ],
    })
  })

  it('jsonLdScript: </script> and <!-- in any string cannot break out; the JSON reads back the same', () => {
    const data = blogPostingJsonLd({title: '</script><script>alert(1)</script> <!-- & \u2028', slug: 'x'}, {name: 'P', baseUrl: BASE_URL})
    const script = jsonLdScript(data)
    expect(script).toBe(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 \\u2028","publisher":{"@type":"Organization","name":"P","url":"https://www.talkwithlia.example/"},"mainEntityOfPage":{"@type":"WebPage","@id":"https://www.talkwithlia.example/articles/x"},"url":"https://www.talkwithlia.example/articles/x"}</script>',
    )
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect([inner.includes('<'), inner.includes('>'), JSON.parse(inner).headline]).toEqual([false, false, '</script><script>alert(1)</script> <!-- & \u2028'])
  })
})

it('the JSON-LD types come from schema-dts: a misspelt property or type does not compile (checked by tsc -b)', () => {
  type Posting = ReturnType<typeof blogPostingJsonLd>
  type Clinic = ReturnType<typeof medicalClinicJsonLd>
  // @ts-expect-error `headlin` is not a BlogPosting property
  const misspelt: Posting = {'@context': 'https://schema.org', '@type': 'BlogPosting', headlin: 'x'}
  // @ts-expect-error `MedicalClinik` is not a schema.org type
  const unknownType: Clinic = {'@context': 'https://schema.org', '@type': 'MedicalClinik'}
  expect([misspelt, unknownType].map((value) => (value as {'@type': string})['@type'])).toEqual(['BlogPosting', 'MedicalClinik'])
})
