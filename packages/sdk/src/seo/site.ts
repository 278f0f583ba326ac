import type {Routes} from '../routes/create-routes.ts'
import {checkImageOptions, imageParams, type ImageUrlOptions} from '../images/image-params.ts'
import {cropRect} from '../images/image-rect.ts'
import {absoluteUrl} from '../render/lib/absolute-url.ts'
import {practiceBaseUrl} from '../syndication/options.ts'
import {checkBaseUrl} from '../vocabulary/base-url.ts'
import type {SeoImage, SeoPractice} from './inputs.ts'

/** Options every SEO function takes. */
export interface SeoOptions {
  /** The site's address. Default: the practice's `baseUrl`. One of the two is required. */
  baseUrl?: string | undefined
  /** The site's routes (`createRoutes({...})`), for the page URLs. Default `/articles/{slug}`, ... */
  routes?: Routes | undefined
}

/**
 * The site's address: `options.baseUrl`, else the practice's.
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} when neither is an absolute http(s) address.
 */
export function siteUrl(practice: SeoPractice | null | undefined, options: SeoOptions | undefined, fn: string): string {
  const given = options?.baseUrl
  return given === undefined || given === null ? practiceBaseUrl(practice?.baseUrl, fn) : checkBaseUrl(given, fn)
}

/** The practice's name, else the site's host name. */
export function siteName(practice: SeoPractice | null | undefined, baseUrl: string): string {
  return practice?.name?.trim() || new URL(baseUrl).hostname
}

/** A picture at a size, absolute, from the SDK's one image URL builder (crop and hotspot honoured); `undefined` without a URL. */
export function pictureUrl(image: SeoImage | null | undefined, baseUrl: string, options: ImageUrlOptions = {}): string | undefined {
  const url = image?.asset?.url
  if (!url) return undefined
  const query = imageParams({width: image.asset?.width ?? undefined, height: image.asset?.height ?? undefined, crop: image.crop, hotspot: image.hotspot}, checkImageOptions(options, 'pictureUrl'))
  return absoluteUrl(query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url, baseUrl)
}

/** A picture's size in pixels after its own crop (as the `rect` its URLs carry); `undefined` when its dimensions are unknown. */
export function croppedSize(image: SeoImage | null | undefined): {width: number; height: number} | undefined {
  const width = image?.asset?.width
  const height = image?.asset?.height
  if (!width || !height) return undefined
  const rect = cropRect(image.crop, {width, height})
  return {width: rect.width, height: rect.height}
}

/** An article's dates as RFC 3339 UTC: published, and modified (the later of `updatedAt` and `publishedAt`). */
export function articleDates(article: {publishedAt?: string | null; updatedAt?: string | null}): {published?: string; modified?: string} {
  const published = iso(article.publishedAt)
  const updated = iso(article.updatedAt)
  const modified = updated && published && updated > published ? updated : (published ?? updated)
  return {...(published ? {published} : {}), ...(modified ? {modified} : {})}
}

function iso(value: string | null | undefined): string | undefined {
  const date = value ? new Date(value) : undefined
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined
}
