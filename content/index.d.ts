/**
 * The absolute path of the example dataset folder (`data.ndjson`, `assets.json`,
 * `images/`, as `sanity dataset export` writes them), wherever the package is installed.
 */
export declare const datasetPath: string

export default datasetPath
