import type {ImportFormat, ImportSummary} from '@practice-press/sdk/node'

import {CliError} from './cli-error.ts'
import type {CommandDefinition, CommandIo} from './command.ts'
import {EXIT_CODES} from './exit-codes.ts'
import {datasetPath, JSON_OPTION} from './shared-options.ts'

const FORMATS: Readonly<Record<string, ImportFormat>> = {md: 'md', markdown: 'md', html: 'html', text: 'text', txt: 'text', wxr: 'wxr', wordpress: 'wxr'}

/** `practice-press import <files or folders>`: old posts into the dataset as article drafts, in one transaction. */
export const importCommand: CommandDefinition = {
  name: 'import',
  summary: 'import old posts (Markdown, HTML, pasted text, a WordPress export) as article drafts',
  arguments: [{name: '<paths...>', description: 'files or folders: .md, .html, .txt, or a WordPress export .xml'}],
  options: [
    {flags: '--into <dataset>', description: 'the dataset folder to import into', default: 'content'},
    {flags: '--author <slug>', description: 'the clinician every article is by (the slug of their profile)'},
    {flags: '--topic <slug...>', description: 'a topic every article gets (repeat for more); tags and categories become topics too'},
    {flags: '--publish', description: 'publish the articles instead of leaving drafts (posts that were drafts stay drafts)'},
    {flags: '--dry-run', description: 'read everything and print the report, change nothing'},
    {flags: '--format <format>', description: 'read every file as md, html, text or wxr, whatever its name'},
    {flags: '--max-file-size <MiB>', description: 'the largest file read', default: '10'},
    JSON_OPTION,
  ],
  helpText: `
Each article's id comes from the front matter's slug, the WordPress post id or the file's
path, so importing the same files again updates their drafts. The whole import is one
change to the dataset: if a file cannot be read, nothing is imported. Pictures on disk
that the posts point at are added; pictures on the web are listed, not downloaded.

Examples:
  practice-press import old-posts/ --author lia-huynh
  practice-press import rebuilding-trust.txt --dry-run
  practice-press import wordpress-export.xml --into content`,
  async run(paths, options, io) {
    const inputs = paths.flat().filter((path): path is string => typeof path === 'string' && path !== '')
    if (inputs.length === 0) throw new CliError('give the files or folders to import, e.g. practice-press import old-posts/.', EXIT_CODES.usage)
    const format = options.format === undefined ? undefined : FORMATS[String(options.format).toLowerCase()]
    if (options.format !== undefined && !format) throw new CliError(`--format must be md, html, text or wxr; got "${String(options.format)}".`, EXIT_CODES.usage)
    const maxMiB = Number(options.maxFileSize)
    if (!Number.isFinite(maxMiB) || maxMiB <= 0) throw new CliError(`--max-file-size must be a number of MiB above 0; got "${String(options.maxFileSize)}".`, EXIT_CODES.usage)
    const topics = Array.isArray(options.topic) ? options.topic.map(String) : []
    const dryRun = options.dryRun === true
    const into = datasetPath(typeof options.into === 'string' ? options.into : undefined, io)
    const {openStore} = await import('../node/load-dataset.ts')
    const {importArticles} = await import('@practice-press/sdk/node')
    const {isOptionError} = await import('@practice-press/sdk')
    const store = await openStore(into, {readOnly: dryRun})
    const progress = await startProgress(io)
    let summary: ImportSummary
    try {
      summary = await importArticles(store, inputs, {
        cwd: io.cwd,
        ...(format ? {format} : {}),
        ...(typeof options.author === 'string' ? {author: options.author} : {}),
        topics,
        publish: options.publish === true,
        dryRun,
        maxFileBytes: maxMiB * 1024 * 1024,
        onProgress: progress.update,
      })
    } catch (error) {
      if (isOptionError(error)) throw new CliError(error.message.replace(/^importArticles: options\.(\w+)/, (_, name: string) => `--${name === 'topics' ? 'topic' : name}`), EXIT_CODES.usage, {cause: error})
      throw error
    } finally {
      progress.stop()
      await store.close()
    }
    if (options.json === true) {
      io.stdout(`${JSON.stringify(summary, null, io.stdoutIsTTY ? 2 : undefined)}\n`)
    } else {
      const {formatImportReport} = await import('./import-report.ts')
      io.stdout(formatImportReport(summary, {into, color: io.stdoutIsTTY === true, cwd: io.cwd}))
    }
    return summary.problems.length > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok
  },
}

/** A progress bar on the terminal (cli-progress) when there is one and enough files to wait for; otherwise nothing. */
async function startProgress(io: CommandIo): Promise<{update: (done: number, total: number) => void; stop: () => void}> {
  const stream = io.progressStream
  if (!stream) return {update: () => undefined, stop: () => undefined}
  const {SingleBar, Presets} = (await import('cli-progress')).default
  const bar = new SingleBar({stream, format: 'importing {bar} {value}/{total} files', clearOnComplete: true, hideCursor: true}, Presets.shades_classic)
  let started = false
  return {
    update(done, total) {
      if (total < 20) return
      if (!started) bar.start(total, 0)
      started = true
      bar.update(done)
    },
    stop: () => {
      if (started) bar.stop()
    },
  }
}
