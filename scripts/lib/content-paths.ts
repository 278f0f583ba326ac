import {fileURLToPath} from 'node:url'

/** The example dataset folder, `content/` at the repository root. */
export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url))

/** Where the dataset's image files live, named `<sha1>-<w>x<h>.<ext>` as in a Sanity export. */
export const IMAGES_DIR = fileURLToPath(new URL('../../content/images/', import.meta.url))

/** The dataset's asset documents, keyed by `image-<sha1>`. */
export const ASSETS_FILE = fileURLToPath(new URL('../../content/assets.json', import.meta.url))

/** The dataset's documents, one per line. */
export const DATA_FILE = fileURLToPath(new URL('../../content/data.ndjson', import.meta.url))

/**
 * The fixed upload time of every image asset (before any document that uses one), so
 * that every run writes the same `assets.json`. Sanity writes it without milliseconds.
 */
export const ASSET_TIMESTAMP = '2025-01-06T17:00:00Z'

/** The fixed moment of the packed export: the mtime of every archive entry. */
export const EXPORT_TIMESTAMP = '2026-11-02T17:00:00Z'

/** The archive's top folder, named like the one `sanity dataset export` writes. */
export const EXPORT_FOLDER = 'practice-press-export-2026-11-02t17-00-00-000z'
