import {createReadStream} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {createInterface} from 'node:readline'

import {collectDocuments} from '../sources/dataset/collect-documents.ts'
import {DatasetLoadError, formatProblem, type DatasetProblem, type OnInvalid} from '../sources/dataset/dataset-problem.ts'
import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'
import {resolveExportAssets, type ExportAssets} from '../sources/dataset/resolve-export-assets.ts'

/** Options for {@link readExport}. */
export interface ReadExportOptions {
  /** `'throw'` (default): any problem throws one {@link DatasetLoadError} listing all of them. `'warn'`: load the rest. */
  onInvalid?: OnInvalid
  /** Receives each problem when `onInvalid` is `'warn'`. Default: `console.warn` with file and line. */
  onWarning?: (problem: DatasetProblem) => void
  /** Where images are served; asset documents get `url`s under it. Default `/images`. */
  assetBaseUrl?: string
}

/** Where an export's files are. */
interface ExportFiles {
  data: string
  assets: string | undefined
}

/**
 * Reads a dataset in Sanity's export format into the documents Sanity would hold: an
 * export folder (`data.ndjson`, `assets.json`, `images/`) or a bare `data.ndjson`.
 * `_sanityAsset` pointers become asset references and `assets.json` entries become
 * `sanity.imageAsset` documents. The file is streamed line by line.
 *
 * @example
 * ```ts
 * import {readExport} from '@practice-press/sdk/node'
 * const documents = await readExport('content')
 * ```
 * @throws {DatasetLoadError} when a line is not a document, an `_id` repeats or an asset
 *   has no entry in `assets.json` (unless `onInvalid: 'warn'`).
 */
export async function readExport(path: string, options: ReadExportOptions = {}): Promise<DatasetDocument[]> {
  const files = await locateExport(path)
  const lines = createInterface({input: createReadStream(files.data, {encoding: 'utf8'}), crlfDelay: Infinity})
  const collected = await collectDocuments(lines, files.data)
  const exportAssets = files.assets ? await readAssetsJson(files.assets) : {}
  const resolved = resolveExportAssets(collected.documents, exportAssets, {
    assetBaseUrl: options.assetBaseUrl,
    file: files.data,
  })
  const problems = [...collected.problems, ...resolved.problems]
  if (problems.length > 0) {
    if ((options.onInvalid ?? 'throw') === 'throw') throw new DatasetLoadError(problems)
    const warn = options.onWarning ?? ((problem: DatasetProblem) => console.warn(formatProblem(problem)))
    for (const problem of problems) warn(problem)
  }
  return [...resolved.documents, ...resolved.assets]
}

async function locateExport(path: string): Promise<ExportFiles> {
  const info = await stat(path).catch(() => undefined)
  if (!info) throw new Error(`No dataset at ${path}: give an export folder or a data.ndjson file.`)
  if (info.isDirectory()) {
    const data = join(path, 'data.ndjson')
    if (!(await exists(data))) throw new Error(`${path} has no data.ndjson: is it a folder written by "sanity dataset export"?`)
    const assets = join(path, 'assets.json')
    return {data, assets: (await exists(assets)) ? assets : undefined}
  }
  if (path.endsWith('.ndjson')) {
    const assets = join(dirname(path), 'assets.json')
    return {data: path, assets: (await exists(assets)) ? assets : undefined}
  }
  throw new Error(`Cannot read ${basename(path)}: give an export folder or a .ndjson file.`)
}

async function readAssetsJson(path: string): Promise<ExportAssets> {
  const text = await readFile(path, 'utf8')
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as ExportAssets
  } catch (error) {
    throw new DatasetLoadError([{file: path, message: `not valid JSON (${(error as Error).message}).`}])
  }
  throw new DatasetLoadError([{file: path, message: 'must be one JSON object keyed by asset id.'}])
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
