import type {Root} from 'mdast'

import {asRecord, asText} from '../lib/values.ts'
import {textParagraphs} from '../mdast/plain-text.ts'
import type {OnWarning} from '../warning.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'

/** The practice's crisis notice, as its settings hold it. */
export interface CrisisResources {
  heading?: string | null
  text?: string | null
}

/**
 * Appends the crisis notice to the end of a tree, as `:::crisis-notice{heading}` holding
 * its text: the one step every format shares (HTML renders it as an `aside`, Markdown as
 * a quote, text as its heading and text). Without notice text it appends nothing and warns.
 */
export function appendCrisisNotice(tree: Root, resources: CrisisResources | null | undefined, warn: OnWarning): void {
  const record = asRecord(resources)
  const children = textParagraphs(asText(record?.text) ?? '')
  if (children.length === 0) {
    warn({
      type: 'crisisResources',
      path: ['practice', 'crisisResources'],
      message: 'the article asks for the crisis notice but the practice has no crisis notice text; none was added.',
    })
    return
  }
  const heading = asText(record?.heading)?.trim() ?? 'If you need help now'
  tree.children.push({type: 'containerDirective', name: DIRECTIVES.crisisNotice.name, attributes: {heading}, children})
}
