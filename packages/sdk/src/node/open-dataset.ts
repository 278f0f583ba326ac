import {checkDatasetSourceOptions, createDatasetSource, type DatasetSource, type DatasetSourceOptions} from '../sources/dataset/create-dataset-source.ts'
import {checkReadExportArguments, readExport, type ReadExportOptions} from './read-export.ts'

/** Options for {@link openDataset}: how to read the export, and how the source answers. */
export type OpenDatasetOptions = ReadExportOptions & DatasetSourceOptions

/**
 * Opens a dataset export (a folder, a `data.ndjson` or an export `.tar.gz`) as a
 * {@link DatasetSource}: the embedded default, with no account and no network.
 *
 * @example
 * ```ts
 * import {listArticles} from '@practice-press/sdk'
 * import {openDataset} from '@practice-press/sdk/node'
 *
 * const source = await openDataset('content')
 * const {items} = await listArticles(source, {limit: 5})
 * ```
 * @throws {OptionError} for a bad argument or option, before anything is read.
 * @throws {DatasetLoadError} as {@link readExport} does.
 */
export async function openDataset(path: string, options: OpenDatasetOptions = {}): Promise<DatasetSource> {
  // Checked here first, so a mistake is named as openDataset's and found before a large file is read.
  checkReadExportArguments(path, options, 'openDataset')
  checkDatasetSourceOptions(options, 'openDataset')
  const documents = await readExport(path, options)
  return createDatasetSource(documents, options)
}
