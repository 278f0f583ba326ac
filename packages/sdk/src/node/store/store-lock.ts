import {open, readFile, unlink} from 'node:fs/promises'

import {StoreError} from '../../store/store-error.ts'

/** A held lock; `release()` removes it. */
export interface StoreLock {
  release(): Promise<void>
}

/**
 * Takes the lock beside a store's data (`.data.ndjson.lock`, holding the writer's process
 * id), so that two processes never write one store. A lock left by a process that is gone
 * (a crash, `kill -9`) is taken over; one held by this process is shared.
 *
 * @throws {StoreError} `locked` when a running process holds it.
 */
export async function takeStoreLock(file: string): Promise<StoreLock> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(`${process.pid}\n`)
      await handle.close()
      return {release: () => unlink(file).catch(() => undefined)}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim())
    if (holder === process.pid) return {release: async () => {}}
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new StoreError('locked', `Another program (process ${holder}) is changing this dataset (${file}). Close it first, or open the dataset read-only.`)
    }
    // Left by a process that is gone: take it over.
    await unlink(file).catch(() => undefined)
  }
  throw new StoreError('locked', `Could not take the store's lock ${file}.`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
