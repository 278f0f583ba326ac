/**
 * @practice-press/sdk/node: what needs Node's file system, such as reading a dataset
 * export from disk.
 */
export {readExport} from './node/read-export.ts'
export type {ReadExportOptions} from './node/read-export.ts'
