/**
 * Differential test against @portabletext/block-tools (Sanity's own paste handling, with
 * its Google Docs, Word, Word online and Notion preprocessors), over the same numbered HTML
 * fixtures as fixtures.test.ts and the issue's clipboard inputs: our `fromHtml` and
 * block-tools' `htmlToBlocks` (compiled Studio schema, jsdom as its DOM) must give the
 * same block styles, list items and levels, text and marks. What differs on purpose is
 * listed below, each with its reason and how the comparison accounts for it.
 */
import {countingKeys, fromHtml} from '@practice-press/sdk/import'
import {htmlToBlocks} from '@portabletext/block-tools'
import {schemaTypes} from '@practice-press/schemas'
import {JSDOM} from 'jsdom'
import {createSchema} from 'sanity'
import type {ArraySchemaType} from 'sanity'
import {describe, expect, test} from 'vitest'

import {describeShapes, shapeOf, type Shape} from './support/block-shape.ts'
import {loadFixtures} from './support/fixtures.ts'

interface LooseBlock {
  _type: string
  markDefs?: Array<{_key: string; _type: string; href?: string}>
  children?: Array<{_type: string; text?: string; marks?: string[]}>
}

interface IntendedDifference {
  difference: string
  reason: string
  /** How the comparison accounts for it: a change to the HTML block-tools reads, to its blocks, to our shape, or the shape itself. */
  theirInput?: (html: string) => string
  theirs?: (blocks: LooseBlock[]) => LooseBlock[]
  ours?: (shapes: Shape[]) => Shape[]
  normalisedBy?: string
}

const DECORATORS = new Set(['strong', 'em', 'code'])
const SAFE_HREF = /^(?:https?:|mailto:|tel:|\/|#|\.)/i

/** Every difference between the two importers that is intended. */
const INTENDED_DIFFERENCES: readonly IntendedDifference[] = [
  {
    difference: '<h1> becomes h2, <h5> and <h6> become h4 (block-tools: a paragraph)',
    reason: "the schema's headings are h2 to h4; a heading stays a heading, and the change is reported (heading-level)",
    theirInput: (html) => html.replace(/<(\/?)h1\b/gi, '<$1h2').replace(/<(\/?)h[56]\b/gi, '<$1h4'),
  },
  {
    difference: "a <figure>'s <figcaption> is the picture's caption and credit (block-tools: a paragraph after the picture)",
    reason: 'imageWithCredit has caption and credit fields, and the credit line is what the therapist must keep',
    theirInput: (html) => html.replace(/<figcaption\b[\s\S]*?<\/figcaption>/gi, ''),
    normalisedBy: "a picture is compared by its type and alt text only; fixtures.test.ts pins our caption and credit",
  },
  {
    difference: "WordPress's [caption]…[/caption] shortcode is a picture with caption and credit (block-tools: its text, the picture between)",
    reason: "the classic editor's way of writing a figure; left as text, the caption would be a paragraph with shortcode syntax in it",
    theirInput: (html) => html.replace(/\[caption\b[^\]]*\]\s*(<img\b[^>]*>)[\s\S]*?\[\/caption\]/gi, '$1'),
  },
  {
    difference: 'blocks with no visible text are left out (block-tools keeps them: <p>&nbsp;</p>, <p><br></p>, a <br> between blocks)',
    reason: 'an empty paragraph is an editor\'s stray return, or a Google Docs spacer; the renderer leaves them out too',
    theirs: (blocks) => blocks.filter((block) => block._type !== 'block' || (block.children ?? []).some((child) => (child.text ?? '').trim() !== '')),
  },
  {
    difference: 'a list right inside a list, not inside an item (how LibreOffice writes a deeper level), is one level deeper (block-tools: the same level, unless Google Docs\' aria-level says otherwise)',
    reason: 'browsers show such a list indented under the item before it, so the editor meant a deeper level',
    theirInput: nestListsInItems,
  },
  {
    difference: "a table row is one paragraph, its cells parted by ' | ' (block-tools: a paragraph per cell)",
    reason: 'the article has no tables; a row kept on one line keeps its meaning, and the table is reported',
    ours: (shapes) => shapes.flatMap((shape) => ('runs' in shape && shape.runs.length === 1 && shape.runs[0]?.text.includes(' | ') ? shape.runs[0].text.split(' | ').map((text) => ({...shape, runs: [{text, marks: shape.runs[0]?.marks ?? []}]})) : [shape])),
  },
  {
    difference: 'forms, with their buttons and fields, are dropped (block-tools keeps a button\'s label as a paragraph)',
    reason: 'a form cannot work in an article; its labels out of context would read as stray text; the form is reported',
    theirInput: (html) => html.replace(/<form\b[\s\S]*?<\/form>/gi, ''),
  },
  {
    difference: 'links with a scheme other than http, https, mailto and tel keep their text without the link (block-tools keeps javascript: links)',
    reason: 'nothing imported may run script when rendered; the dropped link is reported (unsafe-link)',
    theirs: (blocks) => blocks.map((block) => withoutMarks(block, (mark, definition) => definition?._type === 'link' && !SAFE_HREF.test(definition.href ?? ''))),
  },
  {
    difference: 'underline is kept as plain text (block-tools writes an underline decorator that the schema does not have)',
    reason: 'the schema has no underline (readers take it for a link); the text stays and the underline is reported (unsupported-formatting)',
    theirs: (blocks) => blocks.map((block) => withoutMarks(block, (mark, definition) => !definition && !DECORATORS.has(mark))),
  },
]

/** Each list that sits right inside a list moved into the item before it (where no aria-level gives the level). */
function nestListsInItems(html: string): string {
  const dom = new JSDOM(html)
  for (const list of dom.window.document.querySelectorAll(':is(ul, ol) > :is(ul, ol)')) {
    const item = list.previousElementSibling
    if (item?.tagName === 'LI' && !item.hasAttribute('aria-level')) item.append(list)
  }
  return dom.serialize()
}

function withoutMarks(block: LooseBlock, drop: (mark: string, definition: {_type: string; href?: string} | undefined) => boolean): LooseBlock {
  if (!block.children) return block
  const children = block.children.map((child) => ({...child, marks: (child.marks ?? []).filter((mark) => !drop(mark, block.markDefs?.find((definition) => definition._key === mark)))}))
  return {...block, children}
}

const schema = createSchema({name: 'default', types: schemaTypes})
const blockContent = schema.get('blockContent') as ArraySchemaType

function compare(html: string): {ours: Shape[]; theirs: Shape[]} {
  let theirInput = html
  for (const difference of INTENDED_DIFFERENCES) if (difference.theirInput) theirInput = difference.theirInput(theirInput)
  let theirBlocks = htmlToBlocks(theirInput, blockContent, {
    parseHtml: (source) => new JSDOM(source).window.document,
    matchers: {image: ({props}) => ({_type: 'imageWithCredit', ...(props.alt ? {alt: props.alt} : {})})},
  }) as LooseBlock[]
  for (const difference of INTENDED_DIFFERENCES) if (difference.theirs) theirBlocks = difference.theirs(theirBlocks)
  let ours = shapeOf(fromHtml(html, {generateKey: countingKeys()}).blocks)
  for (const difference of INTENDED_DIFFERENCES) if (difference.ours) ours = difference.ours(ours)
  return {ours, theirs: shapeOf(theirBlocks)}
}

test('every intended difference has a reason and a way it is accounted for', () => {
  for (const difference of INTENDED_DIFFERENCES) {
    expect(difference.reason.length).toBeGreaterThan(10)
    expect(Boolean(difference.theirInput ?? difference.theirs ?? difference.ours ?? difference.normalisedBy)).toBe(true)
  }
})

const fixtures = await loadFixtures('html')

describe('the HTML fixtures', () => {
  test.each(fixtures.map((fixture) => [fixture.name, fixture.input] as const))('%s: same blocks, lists, text and marks as block-tools', (_name, input) => {
    const {ours, theirs} = compare(input)
    expect(ours).toEqual(theirs)
    expect(ours.length).toBeGreaterThan(0)
  })
})

describe('the clipboard inputs of issue 7', () => {
  test.each([
    '<b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p><span style="font-weight:400;">Plain </span><span style="font-weight:700;">bold</span></p><p><span style="font-weight:400;">Second paragraph</span></p></b>',
    '<i><p>Alpha</p><p>Beta</p></i>',
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·&nbsp;&nbsp;</span>First point</p><p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o&nbsp;&nbsp;</span>Sub point</p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·&nbsp;&nbsp;</span>Second point</p>",
  ])('%s', (input) => {
    const {ours, theirs} = compare(input)
    expect(ours).toEqual(theirs)
  })
})

/**
 * Inputs beyond the fixtures where the two differ on purpose, each side written down
 * exactly: block-tools reads inline styles only in Google Docs' and Word's HTML, keeps
 * double line breaks inside one block, and runs `<div>` text together.
 */
const BEYOND: ReadonlyArray<{input: string; ours: string[]; theirs: string[]; reason: string}> = [
  {
    input: '<span style="font-weight:700"><i><p>One</p></i>Loose <b style="font-weight:normal">plain</b><div><p>Two</p></div></span>',
    ours: ['normal: "One"{em,strong}', 'normal: "Loose "{strong} "plain"', 'normal: "Two"{strong}'],
    theirs: ['normal: "One"{em}', 'normal: "Loose " "plain"{strong}', 'normal: "Two"'],
    reason: 'a browser shows everything in a font-weight:700 span bold, and a font-weight:normal <b> not bold, whichever editor wrote them',
  },
  {
    input: '<b>Bold <span style="font-weight:400">plain</span> bold</b>',
    ours: ['normal: "Bold "{strong} "plain" " bold"{strong}'],
    theirs: ['normal: "Bold plain bold"{strong}'],
    reason: 'a font-weight:400 span cancels the bold around it, as a browser shows it',
  },
  {
    input: '<p><span style="font-style:italic">it</span> <span style="font-weight:600">b</span></p>',
    ours: ['normal: "it"{em} " " "b"{strong}'],
    theirs: ['normal: "it b"'],
    reason: 'italics and bold set by inline style (LibreOffice, Word online, web pages) are italics and bold',
  },
  {
    input: '<p>One<br><br>Two<br>still two</p>',
    ours: ['normal: "One"', 'normal: "Two\\nstill two"'],
    theirs: ['normal: "One\\n\\nTwo\\nstill two"'],
    reason: 'text pasted into one <p> parts its paragraphs with a blank line; one <br> stays a line break',
  },
  {
    input: '<div>First<br><br>Second<div>Third</div><div><br></div><div>Fourth</div></div>',
    ours: ['normal: "First"', 'normal: "Second"', 'normal: "Third"', 'normal: "Fourth"'],
    theirs: ['normal: "First\\n\\nSecondThird\\nFourth"'],
    reason: 'each <div> is a line of its own in a browser; block-tools runs "Second" and "Third" together',
  },
]

describe('inputs beyond the fixtures, where the two differ on purpose', () => {
  test.each(BEYOND)('$input', ({input, ours, theirs, reason}) => {
    expect(reason.length).toBeGreaterThan(10)
    const result = compare(input)
    expect(describeShapes(result.ours)).toEqual(ours)
    expect(describeShapes(result.theirs)).toEqual(theirs)
  })
})
