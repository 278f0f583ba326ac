import {describe, expect, test} from 'vitest'

// The one URL check of render and import (not exported), read from its source.
import {LINK_SCHEMES, safeUrl, WEB_SCHEMES} from '../../src/vocabulary/safe-url.ts'

describe('safeUrl', () => {
  test.each([
    ['https://example.com/a?b=1&c=2#d', 'https://example.com/a?b=1&c=2#d'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
    ['mailto:hello@example.com', 'mailto:hello@example.com'],
    ['tel:+14085550100', 'tel:+14085550100'],
    ['/articles/x', '/articles/x'],
    ['#section', '#section'],
    ['?q=1', '?q=1'],
    ['relative/path', 'relative/path'],
    ['//cdn.example.com/a.jpg', '//cdn.example.com/a.jpg'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['https://exa\tmple.com/', 'https://example.com/'],
    ['\u0001https://example.com/\u0000', 'https://example.com/'],
    ['/search?q=javascript:alert(1)', '/search?q=javascript:alert(1)'],
    ['https://example.com/?url=javascript:alert(1)', 'https://example.com/?url=javascript:alert(1)'],
  ])('keeps %j', (url, kept) => {
    expect(safeUrl(url, LINK_SCHEMES)).toBe(kept)
  })

  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java&#x09;script:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '%6Aavascript:alert(1)',
    '%256Aavascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'a b:c',
    'x:y',
    '',
    '   ',
    'https://exa\u0000mple.com/',
  ])('refuses %j', (url) => {
    expect(safeUrl(url, LINK_SCHEMES)).toBeUndefined()
  })

  test('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {href: 'https://example.com'}, ['https://example.com']]) expect(safeUrl(value, LINK_SCHEMES)).toBeUndefined()
  })

  test('images and credits: web addresses only', () => {
    expect(safeUrl('https://example.com/a.jpg', WEB_SCHEMES)).toBe('https://example.com/a.jpg')
    expect(safeUrl('mailto:a@example.com', WEB_SCHEMES)).toBeUndefined()
    expect(safeUrl('data:image/png;base64,AAAA', WEB_SCHEMES)).toBeUndefined()
  })
})
