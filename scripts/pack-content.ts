/**
 * Packs the example dataset as `sanity dataset export` does: a gzipped tar with one top
 * folder `practice-press-export-<timestamp>/` holding `data.ndjson`, `assets.json` and
 * `images/`. Entries are listed in a fixed order with a fixed mtime and portable modes,
 * so the same content always gives the same archive. `sanity dataset import` reads it.
 *
 * @example
 * pnpm exec node scripts/pack-content.ts              # writes dist/content.tar.gz
 * pnpm exec node scripts/pack-content.ts /tmp/out.tar.gz
 */
import {mkdir, readdir} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'

import {create} from 'tar'

import {CONTENT_DIR, EXPORT_FOLDER, EXPORT_TIMESTAMP, IMAGES_DIR} from './lib/content-paths.ts'

const output = resolve(process.argv[2] ?? 'dist/content.tar.gz')
const images = (await readdir(IMAGES_DIR)).filter((name) => !name.startsWith('.')).toSorted()
const entries = ['data.ndjson', 'assets.json', ...images.map((name) => `images/${name}`)]

await mkdir(dirname(output), {recursive: true})
await create(
  {
    file: output,
    cwd: CONTENT_DIR,
    prefix: EXPORT_FOLDER,
    gzip: {level: 9},
    portable: true,
    mtime: new Date(EXPORT_TIMESTAMP),
  },
  entries,
)
console.log(`wrote ${output}: ${EXPORT_FOLDER}/ with ${entries.length} files`)
