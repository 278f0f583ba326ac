/**
 * Which Sanity project the Studio talks to, read from the environment.
 *
 * With nothing set, the Studio still builds and starts against a placeholder project and
 * says on every screen that it is not connected, so a newcomer can look around.
 */

/** The project id used when none is configured. Never a real Sanity project. */
export const PLACEHOLDER_PROJECT_ID = 'not-connected'

/** The variables a connected Studio needs. */
export const REQUIRED_VARIABLES = ['SANITY_STUDIO_PROJECT_ID', 'SANITY_STUDIO_DATASET'] as const

export interface StudioEnvironment {
  projectId: string
  dataset: string
  /** Another API host, e.g. the local `practice-press studio` server; Sanity's when empty. */
  apiHost: string | undefined
  connected: boolean
  missing: string[]
}

/** Reads the Studio's settings from `env` (process.env in the CLI, import.meta.env in the browser). */
export function readEnvironment(env: Record<string, string | undefined>): StudioEnvironment {
  const missing = REQUIRED_VARIABLES.filter((name) => !env[name])
  return {
    projectId: env.SANITY_STUDIO_PROJECT_ID || PLACEHOLDER_PROJECT_ID,
    dataset: env.SANITY_STUDIO_DATASET || 'production',
    apiHost: env.SANITY_STUDIO_API_HOST || undefined,
    connected: missing.length === 0,
    missing,
  }
}
