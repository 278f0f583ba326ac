import type {Handlers} from 'mdast-util-to-hast'

import {callToAction} from './handlers/call-to-action.ts'
import {callout} from './handlers/callout.ts'
import {crisisNotice} from './handlers/crisis-notice.ts'
import {createImageHandler} from './handlers/image.ts'
import {internalLink} from './handlers/internal-link.ts'
import {link} from './handlers/link.ts'
import {pullQuote} from './handlers/pull-quote.ts'
import {unknownBlock} from './handlers/unknown-block.ts'
import type {ToHtmlOptions} from './options.ts'

/** The mdast-util-to-hast handlers for the custom nodes (and links), the caller's merged over them. */
export function createHastHandlers(options: ToHtmlOptions): Handlers {
  return {
    imageWithCredit: createImageHandler(options),
    callout,
    crisisNotice,
    pullQuote,
    callToAction,
    internalLink,
    link,
    unknownBlock,
    ...options.hastHandlers,
  }
}
