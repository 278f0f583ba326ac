import {shorten} from '../../report.ts'
import type {ImportedBlock} from '../../types.ts'
import {classifyHref} from '../../../vocabulary/safe-url.ts'
import type {DirectiveHandler} from '../state.ts'
import {readAttributes} from './attributes.ts'
import {directiveText} from './directive-text.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

type CallToAction = Extract<ImportedBlock, {_type: 'callToAction'}>

/**
 * `::cta[label]{href="..."}` or `::cta[label]{ref="location-san-jose"}`: a `callToAction`
 * leading to a web address or to a page on this site. An address with an unexpected
 * scheme (`javascript:`) is dropped and reported.
 */
export const callToAction: DirectiveHandler = (node, state) => {
  const {href, ref} = readAttributes(node, DIRECTIVES.callToAction.attributes, state)
  const block: CallToAction = {_type: 'callToAction', _key: state.key(), label: directiveText(node, 'button text', state)}
  if (ref) block.reference = {_type: 'reference', _ref: ref}
  if (href) {
    if (classifyHref(href) === 'unsafe') {
      state.reporter.add('unsafe-link', 'A button led to an address that is not a web page, email or phone number: it was removed.', node, shorten(href))
    } else {
      block.url = href
    }
  }
  return [block]
}
