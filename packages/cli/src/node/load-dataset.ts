import {isDatasetLoadError, type DatasetDocument, type DatasetSource} from '@practice-press/sdk'
import {formatProblem} from '@practice-press/sdk/dataset'
import {isStoreError, openDatasetStore, type DatasetStore} from '@practice-press/sdk/node'

import {openAssetFiles, type AssetFiles} from './asset-files.ts'
import {DatasetOpenError} from './server-errors.ts'

/** A dataset as the server holds it. */
export interface LoadedDataset {
  source: DatasetSource
  documents: readonly DatasetDocument[]
  files: AssetFiles
  /** The read-only store it was read through, to catch up with what another process commits. */
  store: DatasetStore
}

/** Where the dataset's images are served. */
export const ASSET_BASE_URL = '/images'

/**
 * Opens a dataset (export folder, `data.ndjson` or `.tar.gz`, with the store's journal) for serving. Any failure is a
 * {@link DatasetOpenError} whose message says which file and line is wrong.
 */
export async function loadDataset(path: string): Promise<LoadedDataset> {
  try {
    // Read-only: the export with its store journal replayed (changes another process committed).
    const store = await openDatasetStore(path, {readOnly: true, assetBaseUrl: ASSET_BASE_URL, resultCache: 1000})
    const {source} = store
    return {source, documents: source.documents, files: await openAssetFiles(path), store}
  } catch (error) {
    throw new DatasetOpenError(describeLoadError(path, error), path, {cause: error})
  }
}

/** A load failure in words: every problem with its file and line. */
export function describeLoadError(path: string, error: unknown): string {
  // A path that holds no dataset: the SDK's message names the path and what belongs there.
  if (isDatasetLoadError(error) && error.code !== 'EINVALID') return error.message
  if (isDatasetLoadError(error)) {
    const problems = error.problems.slice(0, 20).map((problem) => `  ${formatProblem(problem)}`)
    const more = error.problems.length > 20 ? [`  ... and ${error.problems.length - 20} more`] : []
    return [`cannot read the dataset at ${path}:`, ...problems, ...more].join('\n')
  }
  return `cannot read the dataset at ${path}: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * Opens a dataset as a store that takes changes (or, `readOnly`, one that only reads, for
 * a dry run). Any failure to read it is a {@link DatasetOpenError} with the file and line;
 * a store another process is writing is one too, naming that process.
 */
export async function openStore(path: string, options: {readOnly?: boolean} = {}): Promise<DatasetStore> {
  try {
    return await openDatasetStore(path, {readOnly: options.readOnly === true, assetBaseUrl: ASSET_BASE_URL})
  } catch (error) {
    if (isStoreError(error)) throw new DatasetOpenError(`cannot open the dataset at ${path}: ${error.message}`, path, {cause: error})
    throw new DatasetOpenError(describeLoadError(path, error), path, {cause: error})
  }
}
