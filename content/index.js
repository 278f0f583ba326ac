import {fileURLToPath} from 'node:url'

/**
 * The absolute path of the example dataset folder (`data.ndjson`, `assets.json`,
 * `images/`, as `sanity dataset export` writes them), wherever the package is installed.
 *
 * @example
 * ```ts
 * import exampleContent from '@practice-press/example-content'
 * import {openDataset} from '@practice-press/sdk/node'
 * const source = await openDataset(exampleContent)
 * ```
 */
export const datasetPath = fileURLToPath(new URL('.', import.meta.url)).replace(/[\\/]+$/, '')

export default datasetPath
