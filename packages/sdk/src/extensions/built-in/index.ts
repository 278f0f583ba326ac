import type {BlockExtension} from '../types.ts'
import {callToAction, callToActionForHtml} from './call-to-action.ts'
import {callout, calloutForHtml} from './callout.ts'
import {internalLink, internalLinkForHtml, link, linkForHtml} from './links.ts'
import {picture, pictureForHtml} from './picture.ts'
import {pullQuote, pullQuoteForHtml} from './pull-quote.ts'

/**
 * The built-in block types and annotations, each one {@link BlockExtension} with a step for
 * every stage: picture (`imageWithCredit`), callout, pull quote, call to action, and the
 * `link` and `internalLink` annotations. `extensions` options are merged over these by
 * `type`. Start from one of these to change a built-in block in every stage
 * (`{...callout, toHast: myCallout}`).
 */
export const defaultExtensions: readonly BlockExtension[] = [picture, callout, pullQuote, callToAction, link, internalLink]

/**
 * The same blocks with only what HTML needs (`toMdast`, `toHast`): `toHtml` starts from
 * these, so a page's bundle does not carry the Markdown, text and import steps.
 */
export const htmlExtensions: readonly BlockExtension[] = [pictureForHtml, calloutForHtml, pullQuoteForHtml, callToActionForHtml, linkForHtml, internalLinkForHtml]
