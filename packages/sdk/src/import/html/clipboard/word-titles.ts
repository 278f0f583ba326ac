import type {Root} from 'hast'

import {eachElement, hasClass} from './inline.ts'

/**
 * Word desktop's Title style (`<p class=MsoTitle>`) is a level 1 heading, as Word's own
 * outline has it: it becomes an `<h1>`, which the import reads as every `<h1>` (an `h2`,
 * reported, since the article's title is a field of its own). Changes `tree`.
 */
export function wordTitles(tree: Root): void {
  eachElement(tree, (element) => {
    if (element.tagName === 'p' && hasClass(element, 'MsoTitle')) element.tagName = 'h1'
  })
}
