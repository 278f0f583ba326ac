/**
 * What a browser page pays for an entry: `contents` (an ES module importing from
 * `@practice-press/sdk/...`) bundled and minified for the browser by esbuild from the
 * TypeScript source (the `@practice-press/source` condition), gzipped at level 9.
 */
import {gzipSync} from 'node:zlib'

import {build} from 'esbuild'

export interface BrowserBundle {
  /** Bytes, minified. */
  minified: number
  /** Bytes, minified and gzipped. */
  gzipped: number
  /** Every module esbuild read. */
  graph: string[]
  /** The modules that kept code in the bundle. */
  kept: string[]
}

export async function browserBundle(contents: string): Promise<BrowserBundle> {
  const result = await build({
    stdin: {contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts'},
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@practice-press/source'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  return {
    minified: output!.contents.length,
    gzipped: gzipSync(output!.contents, {level: 9}).length,
    graph: Object.keys(result.metafile.inputs),
    kept: Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  }
}
