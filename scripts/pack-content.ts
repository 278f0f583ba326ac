/**
 * Packs the example dataset as `sanity dataset export` does, with the SDK's
 * `writeExportArchive` (what `practice-press export dataset` runs): a gzipped tar with one
 * top folder `practice-press-export-<timestamp>/` holding `data.ndjson`, `assets.json` and
 * `images/`. A fixed folder name and mtime, so the same content always gives the same
 * archive. `sanity dataset import` reads it.
 *
 * @example
 * pnpm content:pack              # writes dist/content.tar.gz
 * pnpm content:pack /tmp/out.tar.gz
 */
import {resolve} from 'node:path'

import {readExport, writeExportArchive} from '@practice-press/sdk/node'

import {CONTENT_DIR, EXPORT_FOLDER, EXPORT_TIMESTAMP} from './lib/content-paths.ts'

const output = resolve(process.argv[2] ?? 'dist/content.tar.gz')
const {entries} = await writeExportArchive(await readExport(CONTENT_DIR), CONTENT_DIR, output, {folderName: EXPORT_FOLDER, mtime: new Date(EXPORT_TIMESTAMP)})
console.log(`wrote ${output}: ${EXPORT_FOLDER}/ with ${entries} files`)
