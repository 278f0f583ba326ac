/**
 * @practice-press/sdk/dataset: for tools that check a dataset in Sanity's export format
 * (a validator, a CLI, an import script), beyond what `createDatasetSource` and `openDataset`
 * do: the references that point nowhere, a load problem in words, the published id of a
 * draft. No Node built-ins; reading a dataset from disk is `/node`'s `readExport`.
 */
export {findBrokenReferences} from './sources/dataset/find-broken-references.ts'
export type {BrokenReference} from './sources/dataset/find-broken-references.ts'
export {formatProblem} from './sources/dataset/dataset-problem.ts'
export {publishedIdOf} from './sources/dataset/perspective-documents.ts'
