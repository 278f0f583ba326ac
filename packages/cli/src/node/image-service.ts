import {createHash} from 'node:crypto'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

import {createLru} from '../app/lib/lru.ts'
import type {AssetFiles} from './asset-files.ts'
import {ImageParamError, paramsKey, parseImageParams} from './image-params.ts'
import {contentTypeOf, ImageSourceError, outputFormat, transformImage, type TransformedImage} from './transform-image.ts'

/** Options for {@link createImageService}. */
export interface ImageServiceOptions {
  /** The current dataset's files (the Node entry swaps them when the dataset is reloaded). */
  files: () => AssetFiles
  /** Where transformed images are kept across restarts; none when undefined. */
  diskCacheDir?: string
  /** The memory cache's bound, in bytes. Default 64 MB. */
  memoryBytes?: number
}

/** Images are named by the SHA-1 of their bytes: a URL's answer never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Answers `/images/{file}?...` with sharp: the original without parameters; otherwise
 * resized, cropped and re-encoded per Sanity's parameters, kept in a memory cache with a
 * byte bound and on disk. Concurrent requests for the same output share one transform.
 */
export function createImageService(options: ImageServiceOptions): (request: Request, file: string) => Promise<Response> {
  const memory = createLru<TransformedImage>(10_000, options.memoryBytes ?? 64 * 1024 * 1024)
  const inFlight = new Map<string, Promise<TransformedImage | undefined>>()
  return async (request, file) => {
    const url = new URL(request.url)
    const extension = file.slice(file.lastIndexOf('.') + 1)
    const hasParams = [...url.searchParams.keys()].length > 0
    let params
    try {
      params = parseImageParams(url.searchParams)
    } catch (error) {
      if (error instanceof ImageParamError) return text(400, error.message)
      throw error
    }
    const format = outputFormat(params, extension, request.headers.get('accept') ?? '')
    const key = hasParams ? `${file}?${paramsKey(params, format)}` : file
    const headers = {
      'cache-control': IMMUTABLE,
      etag: `"${createHash('sha1').update(key).digest('hex')}"`,
      ...(params.autoFormat && !params.format ? {vary: 'Accept'} : {}),
    }
    if (!hasParams) {
      const bytes = await options.files().read(file)
      if (!bytes) return text(404, 'No such image.')
      return new Response(bytes as Uint8Array<ArrayBuffer>, {headers: {...headers, 'content-type': contentTypeOf(extension)}})
    }
    let image = memory.get(key)
    if (!image) {
      let pending = inFlight.get(key)
      if (!pending) {
        pending = produce(options, file, key, params, format).finally(() => inFlight.delete(key))
        inFlight.set(key, pending)
      }
      try {
        image = await pending
      } catch (error) {
        if (error instanceof ImageParamError) return text(400, error.message)
        if (error instanceof ImageSourceError) return text(422, error.message)
        throw error
      }
      if (!image) return text(404, 'No such image.')
      memory.set(key, image, image.bytes.length)
    }
    return new Response(image.bytes as Uint8Array<ArrayBuffer>, {headers: {...headers, 'content-type': image.contentType}})
  }
}

async function produce(
  options: ImageServiceOptions,
  file: string,
  key: string,
  params: ReturnType<typeof parseImageParams>,
  format: ReturnType<typeof outputFormat>,
): Promise<TransformedImage | undefined> {
  const diskName = options.diskCacheDir ? join(options.diskCacheDir, `${createHash('sha1').update(key).digest('hex')}.${format}`) : undefined
  if (diskName) {
    const kept = await readFile(diskName).catch(() => undefined)
    if (kept) return {bytes: kept, contentType: contentTypeOf(format)}
  }
  const original = await options.files().read(file)
  if (!original) return undefined
  const image = await transformImage(original, params, format)
  if (diskName && options.diskCacheDir) {
    await mkdir(options.diskCacheDir, {recursive: true})
    const temporary = `${diskName}.${process.pid}.tmp`
    await writeFile(temporary, image.bytes)
    await rename(temporary, diskName)
  }
  return image
}

function text(status: number, message: string): Response {
  return new Response(message, {status, headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache'}})
}
