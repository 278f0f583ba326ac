import {readFileSync, realpathSync, statSync} from 'node:fs'
import {basename, isAbsolute, join, relative, resolve} from 'node:path'

import type {ImageResolver, ImportReportEntry} from '../../import/types.ts'
import {prepareImageAsset, type PreparedImage} from '../store/image-asset.ts'
import {mebibytes} from './collect-import-files.ts'

/** The largest picture file an import adds: 25 MiB, the size of a large camera JPEG several times over. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024

/** The pictures an import found on disk, shared by all its files (the same file is added once). */
export interface LocalImages {
  /**
   * A resolver for the pictures of one file in `folder`: a relative path is looked for
   * beside the file, a path from `/` under `root` (the folder given to the import, a
   * static site's folder); a web address under `folder` by its path
   * (`https://old.example/wp-content/uploads/a.jpg` is used when
   * `wp-content/uploads/a.jpg` is there), and otherwise left to the report: nothing is
   * fetched. A path that leads out of `root` (`../`, links) is never read. What cannot
   * be added (outside, no such file, no image, too large) goes to `report`.
   */
  resolverFor(folder: string, root: string, report: ImportReportEntry[]): ImageResolver
  /** Every picture added so far, once each. */
  images(): PreparedImage[]
}

/** Whether `path` is `folder` or under it, links followed (a link inside that leads out is outside). */
function inside(folder: string, path: string): boolean {
  const from = relative(realOrAsIs(folder), realOrAsIs(path))
  return from !== '' && !from.startsWith('..') && !isAbsolute(from)
}

function realOrAsIs(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
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
      if (size > MAX_IMAGE_BYTES) throw new Error(`it is ${mebibytes(size)} MiB, more than the ${mebibytes(MAX_IMAGE_BYTES)} MiB a picture may have: make it smaller`)
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
        let path: string
        if (remote) {
          // Only a copy under the folder, by the address's path: nothing is fetched.
          if (!/^https?:|^\/\//i.test(url)) return undefined
          let pathname: string
          try {
            pathname = decodeURIComponent(new URL(url, 'https://local.invalid').pathname)
          } catch {
            return undefined
          }
          path = join(folder, pathname)
          if (pathname === '/' || !inside(folder, path) || !statSync(path, {throwIfNoEntry: false})?.isFile()) return undefined
        } else {
          let written: string
          try {
            written = decodeURIComponent(url.split(/[?#]/, 1)[0] ?? url)
          } catch {
            written = url
          }
          path = written.startsWith('/') ? join(root, written) : resolve(folder, written)
          if (!inside(root, path)) {
            report.push({kind: 'image-file', message: `The picture file ${url} is outside the folder being imported (${root}): it was not added. Copy it into that folder and import again, or choose the picture in the Studio.`, excerpt: url})
            return undefined
          }
          if (!statSync(path, {throwIfNoEntry: false})?.isFile()) {
            report.push({kind: 'image-file', message: `The picture file ${url} is not there (looked for ${path}): put it there and import again, or choose the picture in the Studio.`, excerpt: url})
            return undefined
          }
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
