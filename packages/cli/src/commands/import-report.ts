import {isAbsolute, relative} from 'node:path'

import type {ImportReportKind} from '@practice-press/sdk/import'
import type {ImportSummary} from '@practice-press/sdk/node'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/** Report entries that say what was done, with nothing left to do: shown as `info`, not `warning`. */
const INFO_KINDS: ReadonlySet<ImportReportKind> = new Set(['title', 'site-name', 'image-split', 'front-matter', 'heading-level', 'author-bio'])

/**
 * What an import did, for the person at the terminal: the report of each file as
 * `vfile-reporter` prints it (file, then `line:column  level  message  kind`), files
 * that could not be read as errors, then what landed where and what to do next.
 */
export function formatImportReport(summary: ImportSummary, options: {into: string; color: boolean; cwd?: string}): string {
  const files: VFile[] = []
  for (const article of summary.articles) {
    const file = new VFile({path: article.source})
    for (const entry of article.report) {
      const message = file.message(entry.message, {
        ...(entry.line === undefined ? {} : {place: {line: entry.line, column: entry.column ?? 1}}),
        ruleId: entry.kind,
        source: 'practice-press',
      })
      message.fatal = INFO_KINDS.has(entry.kind) ? undefined : false
    }
    files.push(file)
  }
  for (const problem of summary.problems) {
    const file = new VFile({path: isAbsolute(problem.path) ? relative(options.cwd ?? process.cwd(), problem.path) || problem.path : problem.path})
    const message = file.message(problem.message, {ruleId: 'unreadable', source: 'practice-press'})
    message.fatal = true
    files.push(file)
  }
  const lines: string[] = []
  // Quiet: a file with nothing to say is not listed (a clean folder of 300 posts prints its summary only).
  const report = reporter(files, {color: options.color, quiet: true})
  if (report) lines.push(report, '')
  const into = relative(options.cwd ?? process.cwd(), options.into) || '.'
  const notPosts = Object.entries(summary.notPosts).map(([type, n]) => `${n} ${type === 'trash' ? 'trashed' : type}`)
  if (notPosts.length > 0) lines.push(`The WordPress export also held ${notPosts.join(', ')}: not imported (only posts are articles).`)
  if (summary.problems.length > 0) {
    lines.push(`Nothing was imported: ${count(summary.problems.length, 'file')} could not be read (above). Fix ${summary.problems.length === 1 ? 'it' : 'them'} and run the import again.`)
    return `${lines.join('\n')}\n`
  }
  const by = (operation: string) => summary.articles.filter((article) => article.operation === operation).length
  const published = summary.articles.some((article) => !article.documentId.startsWith('drafts.'))
  const what = `${count(summary.articles.length, 'article')} (${by('create')} new, ${by('update')} updated, ${by('unchanged')} unchanged), ${count(summary.images, 'new picture')}, ${count(summary.topics.length, 'new topic')}`
  if (summary.dryRun) lines.push(`Dry run: would import ${what} into ${into}. Nothing was changed.`)
  else lines.push(`Imported ${what} into ${into}${published ? '' : ', as drafts'}.`)
  if (summary.articles.length > 0) lines.push(`Next: practice-press validate ${into}  (what each article still needs before it can be published)`)
  return `${lines.join('\n')}\n`
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
