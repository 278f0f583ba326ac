import {watch, type FSWatcher} from 'node:fs'
import {stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** A running watch; `close()` stops it. */
export interface DatasetWatch {
  close(): void
}

/**
 * Calls `onChange` (at most once per `debounceMs`) when the dataset on disk changes: an
 * export folder's `data.ndjson`, `assets.json`, `images/` or store journal, or the given file itself (and its journal)
 * (watched through its folder, so an editor that replaces the file is seen too).
 */
export async function watchDataset(path: string, onChange: () => void, debounceMs = 50): Promise<DatasetWatch> {
  const info = await stat(path)
  const watchers: FSWatcher[] = []
  let timer: NodeJS.Timeout | undefined
  const changed = () => {
    clearTimeout(timer)
    timer = setTimeout(onChange, debounceMs)
  }
  if (info.isDirectory()) {
    watchers.push(watch(path, (_event, name) => (name === null || ['data.ndjson', 'assets.json', 'images', '.data.ndjson.journal'].includes(String(name)) ? changed() : undefined)))
    const images = join(path, 'images')
    if (await stat(images).then((entry) => entry.isDirectory(), () => false)) watchers.push(watch(images, changed))
  } else {
    const name = basename(path)
    watchers.push(watch(dirname(path), (_event, changedName) => (changedName === null || String(changedName) === name || String(changedName) === `.${name}.journal` ? changed() : undefined)))
  }
  for (const watcher of watchers) watcher.unref()
  return {
    close() {
      clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
    },
  }
}
