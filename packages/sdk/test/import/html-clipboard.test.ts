/**
 * HTML from the clipboard (issue 7, section 1): each input of the issue with its right value,
 * then the kind beyond it: any inline wrapper around blocks, formatting from inline styles,
 * Word's list paragraphs, double line breaks. Whole editor documents are the numbered
 * fixtures in test/fixtures/import/html.
 */
import {countingKeys, fromHtml, normalizePortableText} from '@practice-press/sdk/import'
import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

function run(html: string) {
  const {blocks, report} = fromHtml(html, {generateKey: countingKeys()})
  return {blocks: normalizePortableText(blocks, {keys: 'strip'}), report: report.map((entry) => entry.kind)}
}

const span = (text: string, marks: string[] = []) => ({_type: 'span', text, marks})
const paragraph = (...children: unknown[]) => ({_type: 'block', style: 'normal', markDefs: [], children})
const item = (listItem: 'bullet' | 'number', level: number, text: string) => ({_type: 'block', style: 'normal', listItem, level, markDefs: [], children: [span(text)]})

describe('the inputs of the issue', () => {
  it("Google Docs' <b style=\"font-weight:normal\" id=\"docs-internal-guid-…\"> wrapper: two paragraphs, bold only where the span says 700", () => {
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p><span style="font-weight:400;">Plain </span><span style="font-weight:700;">bold</span></p><p><span style="font-weight:400;">Second paragraph</span></p></b>'
    expect(run(html)).toEqual({blocks: [paragraph(span('Plain '), span('bold', ['strong'])), paragraph(span('Second paragraph'))], report: []})
  })

  it('<i> around two paragraphs: two paragraphs in italics', () => {
    expect(run('<i><p>Alpha</p><p>Beta</p></i>')).toEqual({blocks: [paragraph(span('Alpha', ['em'])), paragraph(span('Beta', ['em']))], report: []})
  })

  it("Word's list paragraphs: bullet items at levels 1, 2, 1 without the glyphs", () => {
    const html = [
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·&nbsp;&nbsp;</span>First point</p>",
      "<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o&nbsp;&nbsp;</span>Sub point</p>",
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·&nbsp;&nbsp;</span>Second point</p>",
    ].join('\n')
    expect(run(html)).toEqual({blocks: [item('bullet', 1, 'First point'), item('bullet', 2, 'Sub point'), item('bullet', 1, 'Second point')], report: []})
  })
})

describe('inline wrappers around blocks never merge them', () => {
  it.each([
    ['b', 'strong'],
    ['strong', 'strong'],
    ['em', 'em'],
    ['span style="font-weight:700"', 'strong'],
    ['span style="font-style:italic"', 'em'],
    ['font face="Arial"', undefined],
    ['span', undefined],
  ])('<%s> around two paragraphs', (tag, mark) => {
    const name = tag.split(' ')[0] ?? tag
    const marks = mark ? [mark] : []
    expect(run(`<${tag}><p>Alpha</p><p>Beta</p></${name}>`)).toEqual({blocks: [paragraph(span('Alpha', marks)), paragraph(span('Beta', marks))], report: []})
  })

  it('<u> around two paragraphs: two plain paragraphs, the underline reported', () => {
    expect(run('<u><p>Alpha</p><p>Beta</p></u>')).toEqual({blocks: [paragraph(span('Alpha')), paragraph(span('Beta'))], report: ['unsupported-formatting', 'unsupported-formatting']})
  })

  it('nested wrappers: each keeps its own formatting, and text beside the blocks is a paragraph of its own', () => {
    const html = '<span style="font-weight:700"><i><p>One</p></i>Loose <b style="font-weight:normal">plain</b><div><p>Two</p></div></span>'
    expect(run(html)).toEqual({
      blocks: [paragraph(span('One', ['strong', 'em'])), paragraph(span('Loose ', ['strong']), span('plain')), paragraph(span('Two', ['strong']))],
      report: [],
    })
  })

  it('a wrapper around a heading and a list: each block and item keeps its kind', () => {
    const html = '<b><h2>Title</h2><ul><li>One</li><li>Two</li></ul></b>'
    expect(run(html)).toEqual({
      blocks: [
        {_type: 'block', style: 'h2', markDefs: [], children: [span('Title', ['strong'])]},
        {...item('bullet', 1, 'One'), children: [span('One', ['strong'])]},
        {...item('bullet', 1, 'Two'), children: [span('Two', ['strong'])]},
      ],
      report: [],
    })
  })

  it('a link around two paragraphs: the link in each', () => {
    const {blocks} = run('<a href="https://example.com/"><p>One</p><p>Two</p></a>')
    expect(blocks.map((block) => (block as {children: unknown[]}).children)).toEqual([[span('One', ['m0'])], [span('Two', ['m0'])]])
  })
})

describe('bold, italics and underline from inline style', () => {
  it.each([
    ['font-weight:700', ['strong']],
    ['font-weight: bold', ['strong']],
    ['font-weight:600', ['strong']],
    ['font-weight:900', ['strong']],
    ['font-weight:500', []],
    ['font-style:italic', ['em']],
    ['font-style:oblique', ['em']],
    ['font-weight:700;font-style:italic', ['strong', 'em']],
    ['font:italic bold 12pt Arial', ['strong', 'em']],
  ])('<span style="%s">', (style, marks) => {
    const expected = marks.length > 0 ? paragraph(span('a '), span('b', marks)) : paragraph(span('a b'))
    expect(run(`<p>a <span style="${style}">b</span></p>`).blocks).toEqual([expected])
  })

  it.each(['font-weight:normal', 'font-weight:400', 'font-weight:lighter'])('a %s wrapper cancels the bold around it', (style) => {
    expect(run(`<b>Bold <span style="${style}">plain</span> bold</b>`).blocks).toEqual([paragraph(span('Bold ', ['strong']), span('plain'), span(' bold', ['strong']))])
  })

  it('font-style:normal cancels italics', () => {
    expect(run('<p><em>a <span style="font-style:normal">b</span></em></p>').blocks).toEqual([paragraph(span('a ', ['em']), span('b'))])
  })

  it('text-decoration:underline: kept plain and reported, except in a link', () => {
    const result = run('<p><span style="text-decoration:underline">Under</span> and <a href="https://example.com/"><span style="text-decoration:underline">link</span></a></p>')
    expect(result.blocks).toEqual([{...paragraph(span('Under and '), span('link', ['m0'])), markDefs: [{_type: 'link', _key: 'm0', href: 'https://example.com/', openInNewTab: false}]}])
    expect(result.report).toEqual(['unsupported-formatting'])
  })

  it('bold or italics around code stay around it: the code keeps both marks', () => {
    expect(run('<p><b><code>x</code></b> <span style="font-style:italic"><kbd>k</kbd></span></p>').blocks).toEqual([paragraph(span('x', ['strong', 'code']), span(' '), span('k', ['em', 'code']))])
  })

  it('text-decoration:line-through: kept plain and reported, as <s> is', () => {
    expect(run('<p><span style="text-decoration:line-through">old</span> new</p>')).toEqual({blocks: [paragraph(span('old new'))], report: ['strikethrough']})
  })

  it('a bold paragraph style reaches its text', () => {
    expect(run('<p style="font-weight:bold">All bold</p>').blocks).toEqual([paragraph(span('All bold', ['strong']))])
  })
})

describe("Word's list paragraphs", () => {
  it('numbered when the glyph is a number or a letter, with levels; a plain paragraph ends the list', () => {
    const html = [
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>One<o:p></o:p></p>",
      "<p class=MsoListParagraphCxSpMiddle style='mso-list:l1 level2 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>a)&nbsp;</span><!--[endif]-->Sub one<o:p></o:p></p>",
      "<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.&nbsp;</span>Two</p>",
      '<p class=MsoNormal>After the list<o:p></o:p></p>',
    ].join('\n')
    expect(run(html)).toEqual({blocks: [item('number', 1, 'One'), item('number', 2, 'Sub one'), item('number', 1, 'Two'), paragraph(span('After the list'))], report: []})
  })

  it('a numbered heading stays a heading, without its number', () => {
    const html = "<h2 style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.&nbsp;</span>Intro</h2><p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.1.</span>Scope</p>"
    expect(run(html)).toEqual({blocks: [{_type: 'block', style: 'h2', markDefs: [], children: [span('Intro')]}, item('number', 1, 'Scope')], report: []})
  })

  it('a level skipped (1, then 3) is put one level down and reported', () => {
    const html = "<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>Top</p><p style='mso-list:l0 level3 lfo1'><span style='mso-list:Ignore'>§</span>Deep</p>"
    expect(run(html)).toEqual({blocks: [item('bullet', 1, 'Top'), item('bullet', 2, 'Deep')], report: ['list-level']})
  })
})

describe('line breaks', () => {
  it('<br><br> in a pasted paragraph parts paragraphs; one <br> stays a line break', () => {
    expect(run('<p>One<br><br>Two<br>still two<br> <br><br>Three</p>').blocks).toEqual([paragraph(span('One')), paragraph(span('Two\nstill two')), paragraph(span('Three'))])
  })

  it('<div> soup: lines parted by double breaks, nested divs, empty divs', () => {
    expect(run('<div>First<br><br>Second<div>Third</div><div><br></div><div>Fourth</div></div>').blocks).toEqual([
      paragraph(span('First')),
      paragraph(span('Second')),
      paragraph(span('Third')),
      paragraph(span('Fourth')),
    ])
  })

  it('no-break spaces in code are kept', () => {
    expect(run('<p>Type <code>\u00a0a&nbsp;</code></p>').blocks).toEqual([paragraph(span('Type '), span('\u00a0a\u00a0', ['code']))])
  })

  it('no-break spaces at the edges and in empty paragraphs are padding, not text', () => {
    expect(run('<p>&nbsp;</p><p>Text&nbsp;</p><p>10&nbsp;am</p>').blocks).toEqual([paragraph(span('Text')), paragraph(span('10\u00a0am'))])
  })
})

/** Inline wrappers as editors write them: [opening tag, closing tag]. */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['<b>', '</b>'],
  ['<i>', '</i>'],
  ['<u>', '</u>'],
  ['<b style="font-weight:normal">', '</b>'],
  ['<span style="font-weight:700">', '</span>'],
  ['<span style="font-style:italic">', '</span>'],
  ['<font face="Arial">', '</font>'],
  ['<a href="https://example.com/">', '</a>'],
]
const BLOCKS = ['p', 'div', 'h2', 'blockquote', 'li'] as const
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']

const { node: clipboard } = fc.letrec<{node: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.constantFrom(...WORDS).map((word) => `${word} `),
    fc.constant('<br>'),
    fc.tuple(fc.constantFrom(...WRAPPERS), fc.array(tie('node'), {maxLength: 4})).map(([[open, close], children]) => `${open}${children.join('')}${close}`),
    fc.tuple(fc.constantFrom(...BLOCKS), fc.array(tie('node'), {maxLength: 4})).map(([tag, children]) =>
      tag === 'li' ? `<ul><li>${children.join('')}</li></ul>` : `<${tag}>${children.join('')}</${tag}>`,
    ),
  ),
}))

/** The words of `text`. */
const words = (text: string) => text.split(/\s+/).filter(Boolean)

describe('never lost text', () => {
  it('any nesting of wrappers, blocks and line breaks keeps every word (a list item\'s text after its nested list joins the item\'s first line, reported)', () => {
    fc.assert(
      fc.property(fc.array(clipboard, {minLength: 1, maxLength: 5}), (parts) => {
        const html = parts.join('')
        const expected = words(html.replace(/<[^>]*>/g, ' ')).toSorted()
        const {blocks} = fromHtml(html)
        const got = words(blocks.map((block) => (block._type === 'block' ? (block.children ?? []).map((child) => child.text).join('') : '')).join(' ')).toSorted()
        expect(got).toEqual(expected)
      }),
      {numRuns: 300},
    )
  })
})

/** The block a paragraph with one link to `href` imports as. */
function linked(href: string): unknown {
  return fromHtml(`<p><a href="${href}">the guide</a></p>`, {generateKey: countingKeys()}).blocks[0]
}

/** The href of a block's first link. */
function hrefOf(block: unknown): string | undefined {
  return (block as {markDefs: {href?: string}[]}).markDefs[0]?.href
}

describe("Word's Title style", () => {
  it('<p class=MsoTitle> reads as a level 1 heading: an h2, reported as every h1 is', () => {
    expect(run("<p class=MsoTitle>Money and us</p>\n<p class=MsoNormal>Body text.</p>")).toEqual({
      blocks: [{_type: 'block', style: 'h2', markDefs: [], children: [span('Money and us')]}, paragraph(span('Body text.'))],
      report: ['heading-level'],
    })
  })
})

describe('links through redirect wrappers', () => {

  it("Google's /url?q= (Docs' web-page download, Gmail) and Outlook's Safe Links point at the real address", () => {
    expect(hrefOf(linked('https://www.google.com/url?q=https://www.example.org/guide?a%3D1%26b%3D2&amp;sa=D&amp;source=editors&amp;ust=1700000000000000&amp;usg=AOvVaw0'))).toBe('https://www.example.org/guide?a=1&b=2')
    expect(hrefOf(linked('https://google.co.uk/url?q=http://example.org/&amp;sa=D'))).toBe('http://example.org/')
    expect(hrefOf(linked('http://www.google.com/url?q=https://example.org/'))).toBe('https://example.org/')
    expect(hrefOf(linked('https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fintake&amp;data=05%7C01&amp;reserved=0'))).toBe('https://example.org/intake')
  })

  it('keeps any other link as it is, and never unwraps to an address that is not http(s)', () => {
    expect(hrefOf(linked('https://www.google.com/maps?q=San+Jose'))).toBe('https://www.google.com/maps?q=San+Jose')
    expect(hrefOf(linked('https://www.google.com/url?sa=D'))).toBe('https://www.google.com/url?sa=D')
    expect(hrefOf(linked('https://google.com.evil.example/url?q=https://example.org/'))).toBe('https://google.com.evil.example/url?q=https://example.org/')
    expect(hrefOf(linked('https://www.google.com.au/url?q=https://example.org/'))).toBe('https://example.org/')
    // The wrapper stays, and is a harmless https link: the script is never the href.
    expect(hrefOf(linked('https://www.google.com/url?q=javascript:alert(1)'))).toBe('https://www.google.com/url?q=javascript:alert(1)')
  })
})
