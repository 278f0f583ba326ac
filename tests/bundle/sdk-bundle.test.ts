/**
 * What a browser bundle of the SDK costs: the Sanity source with the typed queries stays
 * within 45 KB min+gzip (@sanity/client alone is about 40 KB), and importing only types
 * pulls in neither @sanity/client nor groq-js.
 */
import {gzipSync} from 'node:zlib'

import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

async function bundle(contents: string) {
  const result = await build({
    stdin: {contents, resolveDir: repoPath('tests/bundle'), loader: 'ts'},
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@practice-press/source'],
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]!.contents
  const output = Object.values(result.metafile.outputs)[0]!
  // Only modules that put bytes in the bundle count: tree-shaken ones are parsed, then dropped.
  const inputs = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path)
  return {gzipKb: gzipSync(code).length / 1024, inputs}
}

const pulls = (inputs: string[], name: string) => inputs.some((input) => input.includes(`/${name}/`))

describe('browser bundles', () => {
  it('Sanity source + queries: within 45 KB min+gzip', async () => {
    const {gzipKb, inputs} = await bundle(`
      import {createSanitySource, getArticle, listArticles, searchArticles, getPractice, listTopics} from '@practice-press/sdk'
      const source = createSanitySource({projectId: 'p', dataset: 'd', apiVersion: '2025-02-19'})
      export const run = async () => [
        await getArticle(source, {slug: 'x'}),
        await listArticles(source),
        await searchArticles(source, {q: 'x'}),
        await getPractice(source),
        await listTopics(source),
      ]
    `)
    expect({underBudget: gzipKb <= 45, groqJs: pulls(inputs, 'groq-js')}).toEqual({underBudget: true, groqJs: false})
    console.info(`Sanity source + queries: ${gzipKb.toFixed(1)} KB min+gzip`)
  })

  it('types only: pulls in neither @sanity/client nor groq-js', async () => {
    const {inputs, gzipKb} = await bundle(`
      import type {ArticleBySlugQueryResult, ContentSource} from '@practice-press/sdk'
      export const title = (article: ArticleBySlugQueryResult, _source?: ContentSource) => article?.title
    `)
    expect({client: pulls(inputs, '@sanity/client'), groqJs: pulls(inputs, 'groq-js'), tiny: gzipKb < 1}).toEqual({
      client: false,
      groqJs: false,
      tiny: true,
    })
  })
})
