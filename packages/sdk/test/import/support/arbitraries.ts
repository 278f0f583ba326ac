/**
 * fast-check arbitraries for Portable Text of the article schema: every block type, style,
 * list kind and mark, with text that is hard for Markdown (characters Markdown treats as
 * syntax, directive-like colons, entities, non-ASCII). Documents come out normalised and
 * in the shape an editor can make in the Studio.
 */
import * as fc from 'fast-check'

import {normalizePortableText, type ImportedBlock} from '@practice-press/sdk/import'

/** Words, some of them Markdown syntax on their own. */
const WORDS = [
  'trust',
  'Repair',
  'listen',
  'café',
  'naïve',
  'Đà',
  'slow',
  'down',
  '10:30',
  'Note:this',
  'a*b',
  '*',
  '_under_',
  '**',
  '[x]',
  '](y)',
  '#tag',
  '# not',
  '<b>',
  '&amp;',
  '&',
  '`',
  '\\',
  '~~',
  '|',
  '>',
  '-',
  '1.',
  '!',
  'a::b',
  ':x[y]',
  '{z}',
  '"quoted"',
  "it's",
  '—',
  '🙂',
  '2+2=4',
  'www.example.com',
  'https://x.example/p',
  'me@example.com',
  '<https://a.example>',
  '[^1]',
  '+',
  '=',
  '___',
]

const word = fc.constantFrom(...WORDS)

/** Words for code: no brackets, which would end a directive's label early (`:link[` ... `]`). */
const codeWord = fc.constantFrom(...WORDS.filter((candidate) => !/[[\]]/.test(candidate)))

/** Words joined by single spaces: no space at either end. */
const phrase = (max = 6, from = word) => fc.array(from, {minLength: 1, maxLength: max}).map((words) => words.join(' '))

/** A plain-text field: no white space at either end, single spaces inside. */
export const plainText = phrase(8)


/** Plain text with lines and paragraphs, as a callout's text can have. */
const multilineText = fc
  .array(fc.array(phrase(6), {minLength: 1, maxLength: 2}).map((lines) => lines.join('\n')), {minLength: 1, maxLength: 3})
  .map((paragraphs) => paragraphs.join('\n\n'))

const HREFS = ['https://example.com/a?b=c&d=e', 'https://www.bbs.ca.gov/', 'mailto:hello@example.com', 'tel:+14085550100', 'http://example.org/(x)']
const REFS = ['article-repair-after-an-argument', 'location-san-jose', 'author-sam-rivera']
const ASSETS = ['image-78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800-jpg', 'image-402cd553fcba8237a570c3ec6ecc3a7688d15dc5-512x512-png']

type Decorator = 'strong' | 'em' | 'code'

interface BlockSettings {
  /** Allow `\n` (a line break) inside the text. */
  breaks: boolean
  /** Which annotations to draw from. */
  annotations: 'all' | 'links'
}

const linkDef = (settings: BlockSettings) =>
  settings.annotations === 'links'
    ? fc.record({_type: fc.constant('link' as const), href: fc.constantFrom(...HREFS), openInNewTab: fc.constant(false)})
    : fc.oneof(
        fc.record({_type: fc.constant('link' as const), href: fc.constantFrom(...HREFS), openInNewTab: fc.boolean()}),
        fc.record({
          _type: fc.constant('internalLink' as const),
          reference: fc.record({_type: fc.constant('reference' as const), _ref: fc.constantFrom(...REFS)}),
        }),
      )

/**
 * A run of words with the same marks. A line break goes between two words of a run, never
 * at its edge: Markdown cannot start or end bold, italics or a link with a line break
 * (the renderer moves it out), and code holds none.
 */
const segment = (settings: BlockSettings, annotationCount: number) =>
  fc
    .record({
      words: fc.array(word, {minLength: 1, maxLength: 4}),
      codeWords: phrase(4, codeWord),
      breakAt: fc.option(fc.nat({max: 3}), {nil: undefined}),
      decorators: fc.subarray<Decorator>(['strong', 'em', 'code']),
      annotation: annotationCount > 0 ? fc.option(fc.nat({max: annotationCount - 1}), {nil: undefined}) : fc.constant(undefined),
      join: fc.constantFrom(' ', ''),
    })
    .map(({words, codeWords, breakAt, decorators, annotation, join}) => {
      const code = decorators.includes('code')
      const text = words.map((item, index) => (index === 0 ? item : `${settings.breaks && !code && index === breakAt ? '\n' : ' '}${item}`)).join('')
      return {words: code ? codeWords : text, decorators, annotation, join}
    })

/**
 * A text block's children and markDefs. Each annotation covers one segment; one link
 * across text in and out of bold is pinned by its own test (markdown-edge-cases.test.ts).
 */
const textContent = (settings: BlockSettings) =>
  fc.array(linkDef(settings), {maxLength: 2}).chain((defs) =>
    fc.array(segment(settings, defs.length), {minLength: 1, maxLength: 5}).map((segments) => {
      const markDefs: Array<Record<string, unknown>> = []
      const children: Array<{_type: 'span'; _key: string; text: string; marks: string[]}> = []
      segments.forEach((seg, index) => {
        let annotationKey: string | undefined
        if (seg.annotation !== undefined) {
          annotationKey = `d${markDefs.length}`
          markDefs.push({...defs[seg.annotation], _key: annotationKey})
        }
        children.push({
          _type: 'span',
          _key: `s${index}`,
          text: index === 0 ? seg.words : `${seg.join}${seg.words}`,
          marks: [...seg.decorators, ...(annotationKey ? [annotationKey] : [])],
        })
      })
      return {children, markDefs}
    }),
  )

const key = fc.constant('k')

/** A text block of any style, or a list item. */
const textBlock = (settings: BlockSettings) =>
  fc
    .record({
      shape: fc.oneof(
        fc.record({style: fc.constantFrom('normal', 'blockquote')}),
        fc.record({style: fc.constantFrom('h2', 'h3', 'h4')}),
        fc.record({style: fc.constant('normal'), listItem: fc.constantFrom('bullet', 'number'), level: fc.integer({min: 1, max: 3})}),
      ),
      content: textContent(settings),
      noBreaks: textContent({...settings, breaks: false}),
    })
    .map(({shape, content, noBreaks}) => ({
      _type: 'block' as const,
      _key: 'k',
      ...shape,
      // Headings and list items hold one line in Markdown: no line breaks there.
      ...(shape.style === 'normal' && !('listItem' in shape) ? content : shape.style === 'blockquote' ? content : noBreaks),
    }))

const imageBlock = fc
  .record(
    {
      _type: fc.constant('imageWithCredit' as const),
      _key: key,
      asset: fc.record({_type: fc.constant('reference' as const), _ref: fc.constantFrom(...ASSETS)}),
      alt: plainText,
      decorative: fc.constant(true as const),
      caption: plainText,
      credit: fc.record(
        {_type: fc.constant('credit' as const), name: plainText, source: plainText, url: fc.constantFrom('https://unsplash.com/photos/x', 'https://example.com/p?a=1&b=2')},
        {requiredKeys: ['_type']},
      ),
      hotspot: fc.record({
        _type: fc.constant('sanity.imageHotspot' as const),
        x: fc.double({min: 0, max: 1, noNaN: true}),
        y: fc.double({min: 0, max: 1, noNaN: true}),
        height: fc.double({min: 0, max: 1, noNaN: true}),
        width: fc.double({min: 0, max: 1, noNaN: true}),
      }),
      crop: fc.record({
        _type: fc.constant('sanity.imageCrop' as const),
        top: fc.double({min: 0, max: 0.5, noNaN: true}),
        bottom: fc.double({min: 0, max: 0.5, noNaN: true}),
        left: fc.double({min: 0, max: 0.5, noNaN: true}),
        right: fc.double({min: 0, max: 0.5, noNaN: true}),
      }),
    },
    {requiredKeys: ['_type', '_key', 'asset']},
  )
  .map((image) => {
    // An empty credit is no credit.
    if (image.credit && Object.keys(image.credit).length === 1) delete image.credit
    return image
  })

const calloutBlock = fc.record({
  _type: fc.constant('callout' as const),
  _key: key,
  tone: fc.constantFrom('note', 'tip', 'important', 'caution'),
  text: multilineText,
})

const pullQuoteBlock = fc.record(
  {_type: fc.constant('pullQuote' as const), _key: key, text: plainText, attribution: plainText},
  {requiredKeys: ['_type', '_key', 'text']},
)

const callToActionBlock = fc.oneof(
  fc.record({_type: fc.constant('callToAction' as const), _key: key, label: plainText, url: fc.constantFrom(...HREFS)}),
  fc.record({
    _type: fc.constant('callToAction' as const),
    _key: key,
    label: plainText,
    reference: fc.record({_type: fc.constant('reference' as const), _ref: fc.constantFrom(...REFS)}),
  }),
)

/**
 * Gives every block a unique `_key` and normalises, as an editor's document is. List
 * levels are left as generated: an item may sit deeper than any parent (the mapping keeps
 * its level through empty placeholder items).
 */
function finish(blocks: unknown[]): ImportedBlock[] {
  const keyed = blocks.map((block, index) => ({...(block as Record<string, unknown>), _key: `b${index.toString(16).padStart(11, '0')}`}))
  return normalizePortableText(keyed as ImportedBlock[])
}

/** Documents with every block type and mark of the article schema. */
export const articleBody = fc
  .array(
    fc.oneof(
      {weight: 6, arbitrary: textBlock({breaks: true, annotations: 'all'})},
      {weight: 1, arbitrary: imageBlock},
      {weight: 1, arbitrary: calloutBlock},
      {weight: 1, arbitrary: pullQuoteBlock},
      {weight: 1, arbitrary: callToActionBlock},
    ),
    {minLength: 1, maxLength: 8},
  )
  .map(finish)

/** Documents of the standard types only (text blocks, lists, strong, em, code, same-tab links). */
export const standardBody = fc.array(textBlock({breaks: true, annotations: 'links'}), {minLength: 1, maxLength: 8}).map(finish)
