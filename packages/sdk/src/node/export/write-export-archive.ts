import {copyFile, mkdir, mkdtemp, rename, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {basename, dirname, join} from 'node:path'

import {create} from 'tar'

import type {DatasetDocument} from '../../sources/dataset/parse-ndjson-line.ts'
import {OptionError} from '../../vocabulary/option-error.ts'
import {toExportFiles} from '../store/write-export.ts'

/** Options for {@link writeExportArchive}. */
export interface WriteExportArchiveOptions {
  /** The top folder inside the archive. Default `practice-press-export-<time>`, as `sanity dataset export` names its own (`<dataset>-export-<time>`). */
  folderName?: string | undefined
  /** The time every entry carries. Default: now. A fixed one (with a fixed folder name) gives the same archive for the same content. */
  mtime?: Date | undefined
}

/**
 * Writes documents as the `.tar.gz` that `sanity dataset export` writes and `sanity
 * dataset import` reads: one top folder holding `data.ndjson`, `assets.json` and the
 * `images/` (and `files/`) the asset documents name, copied from `assetFolder` (the
 * dataset's folder). Entries in a fixed order with portable modes; the archive is written
 * to a temporary file and renamed, so `out` is never left half written.
 *
 * @param documents - Every document, asset documents included (as a store's `source.documents`).
 * @param assetFolder - The export folder whose `images/` holds the asset files.
 * @param out - The archive to write (`.tar.gz`).
 * @throws {OptionError} for a folder name that is not one path segment; an `Error` naming the file when an asset's file is missing.
 */
export async function writeExportArchive(documents: readonly DatasetDocument[], assetFolder: string, out: string, options: WriteExportArchiveOptions = {}): Promise<{entries: number}> {
  const mtime = options.mtime ?? new Date()
  const folderName = options.folderName ?? `practice-press-export-${mtime.toISOString().toLowerCase().replaceAll(/[:.]/g, '-')}`
  if (!/^[\w.-]+$/.test(folderName) || folderName === '.' || folderName === '..') {
    throw new OptionError({fn: 'writeExportArchive', option: 'options.folderName', must: 'be one folder name (letters, digits, ., _ and -)', value: folderName})
  }
  const files = toExportFiles(documents)
  const stage = await mkdtemp(join(tmpdir(), 'practice-press-export-'))
  try {
    await writeFile(join(stage, 'data.ndjson'), files.data)
    const entries = ['data.ndjson']
    if (files.assets) {
      await writeFile(join(stage, 'assets.json'), `${JSON.stringify(files.assets)}\n`)
      entries.push('assets.json')
    }
    const assetPaths = documents
      .filter((document) => (document._type === 'sanity.imageAsset' || document._type === 'sanity.fileAsset') && typeof document.path === 'string')
      .map((document) => String(document.path))
      .filter((path) => /^(images|files)\/[^/]+$/.test(path))
    for (const path of [...new Set(assetPaths)].toSorted()) {
      await mkdir(join(stage, dirname(path)), {recursive: true})
      await copyFile(join(assetFolder, path), join(stage, path)).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`the asset file ${join(assetFolder, path)} is missing (${error.code ?? error.message}): the export would be incomplete.`, {cause: error})
      })
      entries.push(path)
    }
    await mkdir(dirname(out), {recursive: true})
    const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`)
    await create({file: temporary, cwd: stage, prefix: folderName, gzip: {level: 9}, portable: true, mtime}, entries)
    await rename(temporary, out)
    return {entries: entries.length}
  } finally {
    await rm(stage, {recursive: true, force: true})
  }
}
