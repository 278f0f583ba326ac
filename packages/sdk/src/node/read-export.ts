import {createReadStream} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

import {collectDocuments, type CollectedDocuments} from '../sources/dataset/collect-documents.ts'
import {DatasetLoadError, formatProblem, type DatasetProblem, type OnInvalid} from '../sources/dataset/dataset-problem.ts'
import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'
import {checkAssetBaseUrl, resolveExportAssets, type ExportAssets} from '../sources/dataset/resolve-export-assets.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {hashAssetFiles} from './hash-asset-files.ts'
import {readExportArchive} from './read-export-archive.ts'
import {streamLines} from './stream-lines.ts'

/** Options for {@link readExport}. */
export interface ReadExportOptions {
  /** `'throw'` (default): any problem throws one {@link DatasetLoadError} listing all of them. `'warn'`: load the rest. */
  onInvalid?: OnInvalid | undefined
  /** Receives each problem when `onInvalid` is `'warn'`. Default: `console.warn` with file and line. */
  onWarning?: ((problem: DatasetProblem) => void) | undefined
  /** Where images are served; asset documents get `url`s under it. Default `/images`. */
  assetBaseUrl?: string | undefined
}

interface ExportContents {
  collected: CollectedDocuments
  assetsJson: string | undefined
  assetsFile: string
  dataFile: string
  fileHashes: Map<string, string>
}

/**
 * Reads a dataset in Sanity's export format into the documents Sanity would hold: an
 * export folder (`data.ndjson`, `assets.json`, `images/`), a bare `data.ndjson`, or the
 * `.tar.gz` that `sanity dataset export` writes. Data is streamed line by line.
 * `_sanityAsset` pointers become asset references and `assets.json` entries become
 * `sanity.imageAsset` documents, as `sanity dataset import` does.
 *
 * @example
 * ```ts
 * import {readExport} from '@practice-press/sdk/node'
 * const documents = await readExport('content')
 * ```
 * @throws {DatasetLoadError} with code `ENOENT` when nothing (or no `data.ndjson`) is at
 *   `path`, `EFORMAT` for another kind of file, and `EINVALID` listing every bad line (file
 *   and line), repeated `_id` and asset without an `assets.json` entry, unless
 *   `onInvalid: 'warn'`.
 * @throws {OptionError} when `path` is not a string, `onInvalid` is not `'throw'` or `'warn'`, or `assetBaseUrl` is not a non-empty string.
 */
export async function readExport(path: string, options: ReadExportOptions = {}): Promise<DatasetDocument[]> {
  checkReadExportArguments(path, options, 'readExport')
  const contents = /\.(tar\.gz|tgz)$/i.test(path) ? await fromArchive(path) : await fromFiles(path)
  const exportAssets = contents.assetsJson === undefined ? {} : parseAssetsJson(contents.assetsJson, contents.assetsFile)
  const resolved = resolveExportAssets(contents.collected.documents, exportAssets, {
    withAssets: contents.collected.withAssets,
    assetBaseUrl: options.assetBaseUrl,
    file: contents.dataFile,
    fileHashes: contents.fileHashes,
  })
  const problems = [...contents.collected.problems, ...resolved.problems]
  if (problems.length > 0) {
    if ((options.onInvalid ?? 'throw') === 'throw') throw new DatasetLoadError(problems)
    const warn = options.onWarning ?? ((problem: DatasetProblem) => console.warn(formatProblem(problem)))
    for (const problem of problems) warn(problem)
  }
  return [...resolved.documents, ...resolved.assets]
}

/**
 * Checks what {@link readExport} is given, for `fn`, the public function called
 * (`readExport`, or `openDataset`).
 *
 * @throws {OptionError} naming the argument.
 */
export function checkReadExportArguments(path: unknown, options: ReadExportOptions, fn: string): void {
  if (typeof path !== 'string') throw new OptionError({fn, option: 'path', must: `be the path of ${EXPECTED}`, value: path})
  if (options.onInvalid !== undefined && options.onInvalid !== 'throw' && options.onInvalid !== 'warn') {
    throw new OptionError({fn, option: 'options.onInvalid', must: 'be "throw" or "warn"', value: options.onInvalid})
  }
  checkAssetBaseUrl(options.assetBaseUrl, fn)
}

/** What {@link readExport} reads, for its errors. */
const EXPECTED = 'an export folder holding data.ndjson (as "sanity dataset export" writes it), a .ndjson file, or an export .tar.gz'

function notFound(path: string, message: string): DatasetLoadError {
  return new DatasetLoadError([{file: path, message}], {code: 'ENOENT', path, expected: EXPECTED})
}

async function fromArchive(path: string): Promise<ExportContents> {
  if (!(await exists(path))) throw notFound(path, `No dataset at ${path}: no such file.`)
  const archive = await readExportArchive(path)
  return {...archive, assetsFile: `${path}:assets.json`}
}

async function fromFiles(path: string): Promise<ExportContents> {
  const info = await stat(path).catch(() => undefined)
  if (!info) throw notFound(path, `No dataset at ${path}: no such file or folder.`)
  let dataFile: string
  if (info.isDirectory()) {
    dataFile = join(path, 'data.ndjson')
    if (!(await exists(dataFile))) throw notFound(path, `No dataset at ${path}: the folder has no data.ndjson.`)
  } else if (path.endsWith('.ndjson')) {
    dataFile = path
  } else {
    throw new DatasetLoadError([{file: path, message: `Cannot read ${basename(path)} as a dataset.`}], {code: 'EFORMAT', path, expected: EXPECTED})
  }
  const assetsFile = join(dirname(dataFile), 'assets.json')
  const collected = await collectDocuments(streamLines(createReadStream(dataFile, {highWaterMark: 1 << 20})), dataFile)
  const assetsJson = (await exists(assetsFile)) ? await readFile(assetsFile, 'utf8') : undefined
  return {collected, assetsJson, assetsFile, dataFile, fileHashes: await hashAssetFiles(dirname(dataFile))}
}

function parseAssetsJson(text: string, file: string): ExportAssets {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new DatasetLoadError([{file, message: `not valid JSON (${(error as Error).message}).`}])
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as ExportAssets
  throw new DatasetLoadError([{file, message: 'must be one JSON object keyed by asset id.'}])
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
