import {readFileSync, statSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'

import type {ImageResolver, ImportReportEntry} from '../../import/types.ts'
import {prepareImageAsset, type PreparedImage} from '../store/image-asset.ts'

/** The largest picture file an import adds: 25 MiB, the size of a large camera JPEG several times over. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024

/** The pictures an import found on disk, shared by all its files (the same file is added once). */
export interface LocalImages {
  /**
   * A resolver for the pictures of one file in `folder`: a relative path is looked for
   * beside the file, a path from `/` under `root` (a static site's folder) and then as
   * it is; a web address under `folder` by its path (`https://old.example/wp-content/uploads/a.jpg`
   * is used when `wp-content/uploads/a.jpg` is there), and otherwise left to the report:
   * nothing is fetched. What cannot be added (no such file, no image, too large) goes to `report`.
   */
  resolverFor(folder: string, root: string, report: ImportReportEntry[]): ImageResolver
  /** Every picture added so far, once each. */
  images(): PreparedImage[]
}

/** Creates an empty {@link LocalImages}; `now` dates the asset documents. */
export function createLocalImages(options: {now: Date; assetBaseUrl?: string | undefined}): LocalImages {
  const byId = new Map<string, PreparedImage>()
  const byPath = new Map<string, string | Error>()
  const load = (path: string): string | Error => {
    const known = byPath.get(path)
    if (known !== undefined) return known
    let outcome: string | Error
    try {
      const {size} = statSync(path)
      if (size > MAX_IMAGE_BYTES) throw new Error(`it is ${(size / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_IMAGE_BYTES / 1024 / 1024} MiB a picture may have: make it smaller`)
      const prepared = prepareImageAsset(readFileSync(path), {originalFilename: basename(path), now: options.now, ...(options.assetBaseUrl ? {assetBaseUrl: options.assetBaseUrl} : {})})
      byId.set(prepared.document._id, prepared)
      outcome = prepared.document._id
    } catch (error) {
      outcome = error instanceof Error ? error : new Error(String(error))
    }
    byPath.set(path, outcome)
    return outcome
  }
  return {
    resolverFor(folder, root, report) {
      return (url) => {
        const remote = /^[a-z][a-z\d+.-]*:|^\/\//i.test(url)
        let candidates: string[]
        if (remote) {
          let pathname: string
          try {
            pathname = decodeURIComponent(new URL(url, 'https://local.invalid').pathname)
          } catch {
            return undefined
          }
          if (!/^https?:|^\/\//i.test(url) || pathname === '/') return undefined
          candidates = [join(folder, pathname)]
          const found = candidates.find((path) => statSync(path, {throwIfNoEntry: false})?.isFile())
          if (!found) return undefined
          candidates = [found]
        } else {
          let path: string
          try {
            path = decodeURIComponent(url.split(/[?#]/, 1)[0] ?? url)
          } catch {
            path = url
          }
          candidates = path.startsWith('/') ? [join(root, path), path] : [resolve(folder, path)]
        }
        const path = candidates.find((candidate) => statSync(candidate, {throwIfNoEntry: false})?.isFile())
        if (!path) {
          report.push({kind: 'image-file', message: `The picture file ${url} is not there (looked for ${candidates.join(' and ')}): put it there and import again, or choose the picture in the Studio.`, excerpt: url})
          return undefined
        }
        const outcome = load(path)
        if (typeof outcome === 'string') return outcome
        report.push({kind: 'image-file', message: `The picture file ${url} was not added: ${outcome.message.replace(/\.$/, '')}.`, excerpt: url})
        return undefined
      }
    },
    images: () => [...byId.values()],
  }
}
