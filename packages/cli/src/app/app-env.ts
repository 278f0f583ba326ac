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
    /** The site's public address, without a trailing slash, for every absolute URL (see `siteBaseUrl` for where it comes from). */
    baseUrl: () => Promise<string>
    /** The request's own origin when it may stand for the site's address (local development), else `undefined`. */
    localOrigin: string | undefined
    site: () => Promise<SiteData>
  }
}

/** A handler's context. */
export type AppContext = Context<AppEnv>
