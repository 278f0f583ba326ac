import {fileURLToPath} from 'node:url'

/** A path inside `../shared` (the folder beside the repository that holds real-world inputs). */
export function sharedPath(...parts: string[]): string {
  return fileURLToPath(new URL(`../../../shared/${parts.join('/')}`, import.meta.url))
}

/** A path inside the repository. */
export function repoPath(...parts: string[]): string {
  return fileURLToPath(new URL(`../../${parts.join('/')}`, import.meta.url))
}
