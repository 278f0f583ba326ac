/**
 * @practice-press/sdk/node: what needs Node: opening a dataset export from disk, the
 * writable store and importing old posts into it, and serving Sanity's query API from
 * Node's HTTP server.
 */
export {createQueryListener, toNodeListener} from './node/create-query-listener.ts'
export type {NodeRequestListener} from './node/create-query-listener.ts'
export {openDataset} from './node/open-dataset.ts'
export type {OpenDatasetOptions} from './node/open-dataset.ts'
export {openDatasetStore} from './node/store/open-dataset-store.ts'
export type {CommitOptions, CommitResult, DatasetStore, OpenDatasetStoreOptions, StoreStep} from './node/store/open-dataset-store.ts'
export {importArticles, MAX_IMPORT_FILE_BYTES} from './node/import/import-articles.ts'
export type {ImportArticlesOptions, ImportedArticle, ImportSummary} from './node/import/import-articles.ts'
export type {ImportFileProblem, ImportFormat} from './node/import/collect-import-files.ts'
export {prepareImageAsset} from './node/store/image-asset.ts'
export type {AssetFile, PreparedImage} from './node/store/image-asset.ts'
export {readExport} from './node/read-export.ts'
export type {ReadExportOptions} from './node/read-export.ts'
export type {OnInvalid} from './sources/dataset/dataset-problem.ts'
export {applyTransaction} from './store/apply-transaction.ts'
export type {AppliedTransaction, TransactionContext} from './store/apply-transaction.ts'
export type {Mutation, MutationEvent, PatchOperations, Transition} from './store/mutation-types.ts'
export {isStoreError, StoreError} from './store/store-error.ts'
export type {StoreErrorCode} from './store/store-error.ts'
