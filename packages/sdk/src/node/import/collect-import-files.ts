import {readdir, stat} from 'node:fs/promises'
import {basename, dirname, extname, isAbsolute, join, relative, resolve, sep} from 'node:path'

/** The formats `importArticles` reads: Markdown, HTML, pasted text, and WordPress's export (WXR). */
export type ImportFormat = 'md' | 'html' | 'text' | 'wxr'

/** One file to import. */
export interface ImportSourceFile {
  /** Its absolute path. */
  path: string
  /**
   * Its path from the working directory when it is inside it (else from the folder it was
   * found in), with `/`: what its stable id is made from, so `import posts` and `import
   * posts/2021` give a file the same id.
   */
  relativePath: string
  /** The folder it was found in (the file's own folder when it was given itself): where a picture's path from `/` starts. */
  root: string
  format: ImportFormat
}

/** A file or folder that cannot be imported, and why. */
export interface ImportFileProblem {
  path: string
  message: string
}

/** File name extensions by format (a `.xml` file is read as a WordPress export). */
const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.mdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.xml': 'wxr',
}

/** The format a file name says, or `undefined` for a name with none of {@link EXTENSIONS}. */
export function formatOfName(name: string): ImportFormat | undefined {
  return EXTENSIONS[extname(name).toLowerCase()]
}

/**
 * The files `paths` name: a file as it is (its format from `format`, else from its
 * extension), a folder with every file of a known extension under it (hidden files and
 * folders and `node_modules` left out; links to files read, links to folders not
 * followed), sorted by path so every run sees the same order.
 * A path that does not exist, a file with no known extension (without `format`), or a
 * folder with nothing to import is a problem; the rest is still collected.
 */
export async function collectImportFiles(paths: readonly string[], options: {cwd?: string; format?: ImportFormat} = {}): Promise<{files: ImportSourceFile[]; problems: ImportFileProblem[]}> {
  const files: ImportSourceFile[] = []
  const problems: ImportFileProblem[] = []
  const seen = new Set<string>()
  const add = (file: ImportSourceFile) => {
    if (seen.has(file.path)) return
    seen.add(file.path)
    files.push(file)
  }
  const cwd = options.cwd ?? process.cwd()
  for (const given of paths) {
    const path = resolve(cwd, given)
    const info = await stat(path).catch(() => undefined)
    if (!info) {
      problems.push({path: given, message: 'there is no file or folder here. Check the path.'})
      continue
    }
    if (info.isDirectory()) {
      const found = (await walk(path)).filter((file) => options.format ?? formatOfName(file))
      if (found.length === 0) problems.push({path: given, message: 'this folder holds no .md, .markdown, .html, .htm, .txt or .xml file to import.'})
      for (const file of found) add({path: file, relativePath: idPath(file, cwd, path), root: path, format: options.format ?? (formatOfName(file) as ImportFormat)})
      continue
    }
    const format = options.format ?? formatOfName(path)
    if (!format) {
      problems.push({path: given, message: `its name does not say what it holds: name it .md (Markdown), .html (HTML), .txt (pasted text) or .xml (a WordPress export), or give --format.`})
      continue
    }
    add({path, relativePath: idPath(path, cwd, dirname(path)), root: dirname(path), format})
  }
  return {files, problems}
}

/** `file` from `cwd` when it is inside it, else from `root`; `/`-separated. */
function idPath(file: string, cwd: string, root: string): string {
  const fromCwd = relative(cwd, file)
  const inside = fromCwd !== '' && !fromCwd.startsWith('..') && !isAbsolute(fromCwd)
  return (inside ? fromCwd : relative(root, file) || basename(file)).split(sep).join('/')
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true})
  const found: string[] = []
  for (const entry of entries.toSorted((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...(await walk(path)))
    // A link to a file is read as the file; a link to a folder is not followed (it could lead back up, or out).
    else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())) found.push(path)
  }
  return found
}

/** Bytes in MiB as a person reads them: `0.1`, `2.5`, `10`. */
export function mebibytes(bytes: number): string {
  const value = bytes / 1024 / 1024
  return value >= 10 ? value.toFixed(0) : String(Number(value.toFixed(value >= 0.1 ? 1 : 3)))
}
