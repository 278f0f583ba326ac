/**
 * `extensions` is checked at the call. Before these checks, `{type: 'faq', directive: ::image}`
 * was accepted and rendered every picture as a faq, a leaf and a container of one name were
 * one import handler, and a type of `__proto__` or attributes of `[1, null, {}]` went through.
 */
import {fromMarkdown, type BlockExtension} from '@practice-press/sdk/import'
import {toHtml, toText} from '@practice-press/sdk/render'
import {describe, expect, test} from 'vitest'

const html = (extensions: unknown[]) => () => toHtml([], {extensions: extensions as BlockExtension[]})
const faq: BlockExtension = {type: 'faq', directive: {kind: 'container', name: 'faq', attributes: ['question']}}

describe('two types cannot claim one directive name', () => {
  test("a new type taking a built-in's directive", () => {
    const image: BlockExtension = {type: 'faq', directive: {kind: 'leaf', name: 'image', attributes: []}, toHast: () => undefined}
    expect(html([image])).toThrow(
      'toHtml: options.extensions[0] must use a directive name no other type has: ::image is built-in "imageWithCredit"\'s (to replace it, give that type); got "faq" with ::image.',
    )
    expect(() => fromMarkdown('', {extensions: [image]})).toThrow('fromMarkdown: options.extensions[0] must use a directive name no other type has: ::image is built-in "imageWithCredit"\'s')
  })

  test("a built-in's name under another kind (a text :link, a container :::image)", () => {
    expect(html([{type: 'cite', directive: {kind: 'text', name: 'link', attributes: []}}])).toThrow(':link is built-in "link"\'s')
    expect(html([{type: 'gallery', directive: {kind: 'container', name: 'image', attributes: []}}])).toThrow('got "gallery" with :::image.')
  })

  test('two extensions of one name, a leaf and a container: the later one is named', () => {
    const leaf = {type: 'question', directive: {kind: 'leaf', name: 'qa', attributes: []}}
    const container = {type: 'answer', directive: {kind: 'container', name: 'qa', attributes: []}}
    expect(() => toText([], {extensions: [faq, leaf, container] as BlockExtension[]})).toThrow(
      'toText: options.extensions[2] must use a directive name no other type has: ::qa is options.extensions[1] "question"\'s (to replace it, give that type); got "answer" with :::qa.',
    )
  })

  test("the SDK's own directive names", () => {
    for (const [kind, name, own] of [['leaf', 'empty', '::empty'], ['container', 'unknown', '::unknown'], ['container', 'crisis-notice', ':::crisis-notice'], ['leaf', 'br', ':br']]) {
      expect(html([{type: 'mine', directive: {kind, name, attributes: []}}])).toThrow(`toHtml: options.extensions[0] must not take the name of the SDK's own ${own}; got "mine" with `)
    }
    // Not by giving the type the directive table files them under either.
    expect(html([{type: 'empty', directive: {kind: 'leaf', name: 'empty', attributes: []}}])).toThrow("must not take the name of the SDK's own ::empty")
  })

  test('replacing a built-in by its type, moving a built-in off a name, and a later extension of one type are fine', () => {
    const picture = {type: 'imageWithCredit', directive: {kind: 'leaf', name: 'image', attributes: []}, toHast: () => ({type: 'text', value: 'a picture'})}
    expect(toHtml([{_type: 'imageWithCredit'}], {extensions: [picture] as BlockExtension[], onWarning: false})).toBe('a picture')
    const moved = [
      {type: 'callout', directive: {kind: 'container', name: 'note', attributes: []}},
      {type: 'aside', directive: {kind: 'container', name: 'callout', attributes: []}},
    ]
    expect(html(moved)).not.toThrow()
    expect(html([{...faq, directive: {kind: 'leaf', name: 'image', attributes: []}}, faq])).not.toThrow()
  })
})

describe('the extension itself', () => {
  test('attributes are distinct attribute names', () => {
    const must =
      'must be {type, directive: {kind: "text" | "leaf" | "container", name, attributes}, steps as functions}, type a Portable Text type name (not __proto__…), name and attributes distinct names such as "tone"'
    expect(html([{...faq, directive: {kind: 'leaf', name: 'faq', attributes: [1, null, {}]}}])).toThrow(`toHtml: options.extensions[0] ${must}; got an object.`)
    expect(html([{...faq, directive: {kind: 'leaf', name: 'faq', attributes: ['a b']}}])).toThrow(must)
    expect(html([{...faq, directive: {kind: 'leaf', name: 'faq', attributes: ['question', 'question']}}])).toThrow(must)
    expect(html([{...faq, directive: {kind: 'leaf', name: 'faq', attributes: ['question', 'data-x']}}])).not.toThrow()
  })

  test('a type is a Portable Text type name, not one every object has', () => {
    for (const type of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '', '2faq', 'my-faq', 'faq.v2', 42]) {
      expect(html([{...faq, type}])).toThrow('toHtml: options.extensions[0] must be {type, directive: {kind: "text" | "leaf" | "container", name, attributes}, steps as functions}, type a Portable Text type name (not __proto__…)')
    }
    expect(html([{...faq, type: '__proto__'}])).toThrow(expect.objectContaining({name: 'OptionError', option: 'options.extensions[0]'}))
    expect(html([{...faq, type: 'faq_v2'}, {...faq, type: '_faq', directive: {kind: 'leaf', name: 'other', attributes: []}}])).not.toThrow()
  })
})
