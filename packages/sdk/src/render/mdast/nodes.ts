/**
 * The mdast nodes the renderers add for Portable Text's custom types. They live in the
 * tree between Portable Text and each output; every output has one handler per node type.
 */
import type {Data, Paragraph, Parent, PhrasingContent} from 'mdast'
import type {Node} from 'unist'

/** The tones a callout can take. `crisis` is the crisis notice's, added by `renderArticle`. */
export type CalloutTone = 'note' | 'tip' | 'important' | 'caution'

/** An image's asset, checked: a safe URL, whole-number dimensions. */
export interface ImageAssetInfo {
  /** The asset document's id (`image-<sha1>-<w>x<h>-<ext>`), for lossless Markdown. */
  ref?: string
  url?: string
  width?: number
  height?: number
}

/** A picture with alt text, caption and credit (`imageWithCredit`). */
export interface ImageWithCreditNode extends Node {
  type: 'imageWithCredit'
  /** `''` for a decorative picture. */
  alt: string
  decorative: boolean
  caption?: string
  credit?: {name?: string; source?: string; url?: string}
  asset?: ImageAssetInfo
  hotspot?: {x: number; y: number; height: number; width: number}
  crop?: {top: number; bottom: number; left: number; right: number}
  data?: Data
}

/** A boxed aside (`callout`): its paragraphs, tone and the label readers see. */
export interface CalloutNode extends Parent {
  type: 'callout'
  tone: CalloutTone
  label: string
  children: Paragraph[]
}

/** The practice's crisis notice, added at the end of an article by `renderArticle`. */
export interface CrisisNoticeNode extends Parent {
  type: 'crisisNotice'
  heading: string
  children: Paragraph[]
}

/** A sentence shown large (`pullQuote`). */
export interface PullQuoteNode extends Parent {
  type: 'pullQuote'
  attribution?: string
  children: PhrasingContent[]
}

/** A button (`callToAction`); `url` is where it leads, when known and safe. */
export interface CallToActionNode extends Parent {
  type: 'callToAction'
  /** The block's own web address, when it has one. */
  href?: string
  /** The referenced document's id, when it points at a page of this site. */
  ref?: string
  /** The resolved, safe URL. */
  url?: string
  children: PhrasingContent[]
}

/** A link to a page of this site (`internalLink`); `url` is set when the target is known. */
export interface InternalLinkNode extends Parent {
  type: 'internalLink'
  ref?: string
  url?: string
  children: PhrasingContent[]
}

/** A block of a type no handler knows: kept for lossless Markdown, dropped elsewhere. */
export interface UnknownBlockNode extends Node {
  type: 'unknownBlock'
  blockType: string
  value: unknown
}

declare module 'mdast' {
  interface RootContentMap {
    imageWithCredit: ImageWithCreditNode
    callout: CalloutNode
    crisisNotice: CrisisNoticeNode
    pullQuote: PullQuoteNode
    callToAction: CallToActionNode
    unknownBlock: UnknownBlockNode
  }
  interface BlockContentMap {
    imageWithCredit: ImageWithCreditNode
    callout: CalloutNode
    crisisNotice: CrisisNoticeNode
    pullQuote: PullQuoteNode
    callToAction: CallToActionNode
    unknownBlock: UnknownBlockNode
  }
  interface PhrasingContentMap {
    internalLink: InternalLinkNode
  }
  interface LinkData {
    /** The Portable Text link asked to open in a new tab. */
    openInNewTab?: boolean
  }
}
