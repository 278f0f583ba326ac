/**
 * The Portable Text the renderers read: the types of `schemas/src/blocks/block-content.ts`
 * as the SDK's queries return them (images with their asset resolved, internal links and
 * calls to action with their `target` attached). Every field is optional here because
 * content comes from outside: the renderers check each value before using it. The custom
 * blocks and annotations are the generated types (`src/generated/sanity.types.ts`), with
 * what the queries attach.
 */
import type {
  Callout,
  CallToAction,
  Credit,
  ImageWithCredit,
  InternalLink,
  Link,
  PullQuote,
  SanityImageCrop,
  SanityImageHotspot,
} from '../generated/sanity.types.ts'

/** A run of text with the same marks. */
export interface PortableTextSpan {
  _type: 'span'
  _key?: string
  text?: string
  /** Decorator names (`strong`, `em`, `code`) and `_key`s of the block's `markDefs`. */
  marks?: string[]
}

/** An external link: a web address, `mailto:` or `tel:`. */
export interface LinkMarkDefinition extends Link {
  _key: string
}

/** Where an internal link or a call to action points, as the SDK's queries attach it. */
export interface LinkTarget {
  _id?: string
  _type: string
  /** The slug as a string (what the queries return) or as Sanity stores it. */
  slug?: string | {current?: string | null} | null
  title?: string | null
}

/** A reference to another document. */
export interface Reference {
  _ref?: string
  _type?: string
}

/** A link to a page of this site. */
export interface InternalLinkMarkDefinition extends Omit<InternalLink, 'reference'> {
  _key: string
  reference?: Reference
  /** Attached by the SDK's queries: the referenced document's `_id`, `_type`, `slug` and `title`. */
  target?: LinkTarget | null
}

/** An annotation's data, kept in a block's `markDefs`. */
export type MarkDefinition = LinkMarkDefinition | InternalLinkMarkDefinition | {_type: string; _key: string}

/** A paragraph, heading, quote or list item. */
export interface PortableTextBlock {
  _type: 'block'
  _key?: string
  /** `normal`, `h2`, `h3`, `h4` or `blockquote`. */
  style?: string
  /** `bullet` or `number` for list items. */
  listItem?: string
  /** Nesting depth of a list item, from 1. */
  level?: number
  children?: Array<PortableTextSpan | {_type: string; _key?: string}>
  markDefs?: MarkDefinition[]
}

/** An image asset as the SDK's queries resolve it (or a bare reference). */
export interface ImageAsset {
  _id?: string
  /** A reference, when the asset was not resolved. */
  _ref?: string
  url?: string | null
  width?: number | null
  height?: number | null
  /** Sanity's image metadata, when the asset document itself is given. */
  metadata?: {dimensions?: {width?: number; height?: number}} | null
}

/** Who made a picture and where it came from: the generated `Credit`, without its `_type`. */
export type ImageCredit = Omit<Credit, '_type'>

/**
 * A picture with alt text, caption and credit: the generated `ImageWithCredit`, with the
 * asset as the SDK's queries resolve it and hotspot and crop as plain numbers.
 */
export interface ImageWithCreditBlock extends Omit<ImageWithCredit, 'asset' | 'credit' | 'hotspot' | 'crop' | 'media'> {
  _key?: string
  asset?: ImageAsset | null
  credit?: ImageCredit | null
  hotspot?: Partial<Pick<SanityImageHotspot, 'x' | 'y' | 'height' | 'width'>> | null
  crop?: Partial<Pick<SanityImageCrop, 'top' | 'bottom' | 'left' | 'right'>> | null
}

/** A boxed aside: the generated `Callout` (tone `note`, `tip`, `important` or `caution`). */
export interface CalloutBlock extends Callout {
  _key?: string
}

/** A sentence shown large: the generated `PullQuote`. */
export interface PullQuoteBlock extends PullQuote {
  _key?: string
}

/**
 * A button: the generated `CallToAction`, to a page of this site (`reference`, with the
 * `target` the queries attach) or to a web address (`url`).
 */
export interface CallToActionBlock extends Omit<CallToAction, 'reference'> {
  _key?: string
  reference?: Reference
  target?: LinkTarget | null
}

/** Any block the renderers know. */
export type KnownBlock = PortableTextBlock | ImageWithCreditBlock | CalloutBlock | PullQuoteBlock | CallToActionBlock

/**
 * What the renderers accept: an array of blocks (anything else, and any item that is not
 * a block they know, is reported through `onWarning`), or `null`/`undefined` for none.
 */
export type PortableTextInput = readonly unknown[] | null | undefined
