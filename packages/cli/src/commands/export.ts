import {copyFile, mkdir, writeFile} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'

import {CliError} from './cli-error.ts'
import type {CommandDefinition} from './command.ts'
import {EXIT_CODES} from './exit-codes.ts'
import {BASE_URL_OPTION, datasetPath} from './shared-options.ts'

const KINDS = ['markdown', 'dataset', 'feeds'] as const

/** `practice-press export markdown|dataset|feeds`: the dataset's articles as Markdown files, the whole dataset as Sanity's export archive, or its feeds as files. */
export const exportCommand: CommandDefinition = {
  name: 'export',
  summary: 'write the articles as Markdown, the dataset as the .tar.gz Sanity imports, or the feeds as files',
  arguments: [
    {name: '<what>', description: 'markdown, dataset or feeds'},
    {name: '[paths...]', description: 'the dataset (default: content/); for "dataset", the archive to write may come first: export dataset out.tar.gz [dataset]'},
  ],
  options: [
    {flags: '--out <path>', description: 'the folder to write into (markdown, feeds) or the archive (dataset)'},
    {flags: '--lossless', description: 'markdown: every block and field kept, so practice-press import gives the same articles back'},
    {flags: '--drafts', description: 'markdown: drafts too, in place of their published articles (marked draft: true)'},
    BASE_URL_OPTION,
  ],
  helpText: `
Examples:
  practice-press export markdown --out backup/ --lossless --drafts
  practice-press export dataset content.tar.gz          # then: sanity dataset import content.tar.gz production
  practice-press export feeds --out public/ --base-url https://www.example.com`,
  async run([kindArgument, ...rest], options, io) {
    const kind = KINDS.find((name) => name === kindArgument)
    if (!kind) throw new CliError(`say what to export: markdown, dataset or feeds; got "${kindArgument ?? ''}".`, EXIT_CODES.usage)
    const positional = rest.flat().filter((value): value is string => typeof value === 'string')
    let out = typeof options.out === 'string' ? options.out : undefined
    if (kind === 'dataset' && out === undefined && /\.(tar\.gz|tgz)$/i.test(positional[0] ?? '')) out = positional.shift()
    if (positional.length > 1) throw new CliError(`export ${kind} takes one dataset; got ${positional.map((value) => `"${value}"`).join(', ')}.`, EXIT_CODES.usage)
    if (!out) throw new CliError(kind === 'dataset' ? 'say where to write the archive: export dataset out.tar.gz, or --out out.tar.gz.' : `say where to write the files: --out <folder>.`, EXIT_CODES.usage)
    if (kind === 'dataset' && !/\.(tar\.gz|tgz)$/i.test(out)) throw new CliError(`the archive's name must end in .tar.gz (what sanity dataset import reads); got "${out}".`, EXIT_CODES.usage)
    if (kind !== 'markdown' && (options.lossless === true || options.drafts === true)) throw new CliError('--lossless and --drafts are for export markdown.', EXIT_CODES.usage)
    const baseUrl = typeof options.baseUrl === 'string' ? options.baseUrl : undefined
    if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) throw new CliError(`--base-url must be an http(s) URL such as https://www.example.com; got "${baseUrl}".`, EXIT_CODES.usage)
    const dataset = datasetPath(positional[0], io)
    const target = resolve(io.cwd, out)
    const {openStore} = await import('../node/load-dataset.ts')
    const store = await openStore(dataset, {readOnly: true})
    const folder = store.dataFile === dataset ? dirname(dataset) : dataset
    const shown = relative(io.cwd, target) || '.'
    const sdk = await import('@practice-press/sdk/node')
    if (kind === 'markdown') {
      const exported = sdk.articlesToMarkdown(store.source.documents, {lossless: options.lossless === true, drafts: options.drafts === true})
      await mkdir(target, {recursive: true})
      for (const file of exported.files) await writeFile(join(target, file.name), file.text)
      for (const image of exported.images) {
        await mkdir(dirname(join(target, image)), {recursive: true})
        await copyFile(join(folder, image), join(target, image))
      }
      io.stdout(`Wrote ${exported.files.length} articles${exported.images.length > 0 ? ` and ${exported.images.length} pictures` : ''} to ${shown}${options.lossless === true ? ' (lossless: practice-press import gives them back)' : ''}.\n`)
    } else if (kind === 'dataset') {
      const {entries} = await sdk.writeExportArchive(store.source.documents, folder, target)
      io.stdout(`Wrote ${shown}: ${store.source.documents.length} documents, ${entries} files, as sanity dataset import reads them.\n`)
    } else {
      const {isOptionError} = await import('@practice-press/sdk')
      let files
      try {
        files = await sdk.feedFiles(store.source, baseUrl ? {baseUrl} : {})
      } catch (error) {
        if (isOptionError(error)) throw new CliError('the feeds need the site’s address: give --base-url https://..., or fill in the website address in the practice settings.', EXIT_CODES.usage, {cause: error})
        throw error
      }
      for (const file of files) {
        await mkdir(dirname(join(target, file.path)), {recursive: true})
        await writeFile(join(target, file.path), file.text)
      }
      io.stdout(`Wrote ${files.length} feed files to ${shown} (RSS, Atom and JSON Feed for the site, each topic and each clinician).\n`)
    }
    return EXIT_CODES.ok
  },
}
