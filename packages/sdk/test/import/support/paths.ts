import {fileURLToPath} from 'node:url'

/** The seed article: one of Lia Huynh's published articles, as text copied from the web page. */
export const SEED_ARTICLE = fileURLToPath(new URL('../../../../../../shared/seeds/000_fd3dd235f16130c9.txt', import.meta.url))

/** The example dataset. */
export const CONTENT = fileURLToPath(new URL('../../../../../content', import.meta.url))
