import type {BlockExtension} from '../types.ts'
import {callToAction} from './call-to-action.ts'
import {callout} from './callout.ts'
import {internalLink, link} from './links.ts'
import {picture} from './picture.ts'
import {pullQuote} from './pull-quote.ts'

/**
 * The built-in block types and annotations, each one {@link BlockExtension}: picture
 * (`imageWithCredit`), callout, pull quote, call to action, and the `link` and
 * `internalLink` annotations. `extensions` options are merged over these by `type`.
 */
export const defaultExtensions: readonly BlockExtension[] = [picture, callout, pullQuote, callToAction, link, internalLink]
