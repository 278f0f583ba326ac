import type {CompiledSchema} from '@practice-press/sdk/validate'

/** The Practice Press schema compiled as the Studio compiles it, or why it cannot be. */
export type PracticeSchema = {schema: CompiledSchema} | {missing: string}

/**
 * Compiles `@practice-press/schemas` with `createSchema` from `sanity`, as the Studio
 * does. Both are optional peer dependencies of the command line (a Studio project has
 * them): when one is not installed, `missing` names it. Loading `sanity` takes a few
 * seconds, so only the commands that check content call this.
 */
export async function loadPracticeSchema(): Promise<PracticeSchema> {
  try {
    const [{createSchema}, {schemaTypes}] = await Promise.all([import('sanity'), import('@practice-press/schemas')])
    return {schema: createSchema({name: 'default', types: schemaTypes}) as CompiledSchema}
  } catch (error) {
    const code = (error as {code?: unknown}).code
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error
    const name = /['"](@?[^'"]+?)['"]/.exec((error as Error).message)?.[1] ?? 'sanity'
    return {missing: name}
  }
}
