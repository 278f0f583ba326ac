import type {ContentSource} from '@practice-press/sdk'
import type {Context} from 'hono'

import type {ResolvedAppOptions} from './app-options.ts'
import type {SiteData} from './site-data.ts'

/** What every handler finds on the context. */
export interface AppEnv {
  Variables: {
    options: ResolvedAppOptions
    /** The source for this request: drafts overlaid in preview, published otherwise. */
    source: ContentSource
    preview: boolean
    /** The site's public address, without a trailing slash. */
    baseUrl: string
    site: () => Promise<SiteData>
  }
}

/** A handler's context. */
export type AppContext = Context<AppEnv>
