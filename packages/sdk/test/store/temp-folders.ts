/** Temporary folders for a store test file, each removed after the test that made it; `CONTENT` is the example dataset. */
import {cp, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

import {afterEach} from 'vitest'

export const CONTENT = resolve(import.meta.dirname, '../../../../content')

/** Call once at the top of a test file; `prefix` names its folders (`practice-press-<prefix>-`). */
export function tempFolders(prefix: string): {empty(): Promise<string>; copyOfContent(): Promise<string>} {
  const folders: string[] = []
  afterEach(async () => {
    for (const dir of folders.splice(0)) await rm(dir, {recursive: true, force: true})
  })
  const empty = async () => {
    const dir = await mkdtemp(join(tmpdir(), `practice-press-${prefix}-`))
    folders.push(dir)
    return dir
  }
  return {
    empty,
    async copyOfContent() {
      const dir = await empty()
      await cp(CONTENT, dir, {recursive: true})
      return dir
    },
  }
}
