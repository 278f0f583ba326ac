/**
 * @practice-press/sdk/node: what needs Node's file system, such as opening a dataset
 * export from disk.
 */
export {openDataset} from './node/open-dataset.ts'
export type {OpenDatasetOptions} from './node/open-dataset.ts'
export {readExport} from './node/read-export.ts'
export type {ReadExportOptions} from './node/read-export.ts'
