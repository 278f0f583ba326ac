/**
 * A lockfile for a scratch project that installs the workspace's packed tarballs, cut from
 * the workspace's own `pnpm-lock.yaml`, so that `pnpm install --frozen-lockfile --offline`
 * there installs exactly the versions the workspace was tested with.
 *
 * Why not let pnpm resolve the scratch project: resolving a range (`tar@^7.5.23`) needs
 * the registry's metadata, and picks the newest version it lists. Offline, that is
 * whatever the metadata cache happens to know: nothing on a fresh machine
 * (`ERR_PNPM_NO_OFFLINE_META`), or a release newer than the lockfile whose tarball the
 * workspace install never put in the store (`ERR_PNPM_NO_OFFLINE_TARBALL`). Online, a new
 * upstream release would change what the test installs. A frozen lockfile needs neither
 * metadata nor network: every tarball it names is in the store the workspace's
 * `--frozen-lockfile` install filled.
 *
 * Lockfile format: pnpm's lockfile v9 (`importers`, `packages` keyed `name@version`,
 * `snapshots` keyed `name@version(peers)`), as pnpm 12 writes it.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'

import {parseAllDocuments, stringify} from 'yaml'

/** One dependency of an importer in a lockfile: the range asked and the snapshot it resolved to. */
interface ImporterDependency {
  specifier: string
  version: string
}

interface Importer {
  dependencies?: Record<string, ImporterDependency>
  optionalDependencies?: Record<string, ImporterDependency>
}

interface Snapshot {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  transitivePeerDependencies?: string[]
}

interface Lockfile {
  lockfileVersion: string
  settings?: Record<string, unknown>
  importers: Record<string, Importer>
  packages: Record<string, Record<string, unknown>>
  snapshots: Record<string, Snapshot>
}

/** A workspace package packed as a tarball in the scratch folder. */
export interface PackedPackage {
  /** The workspace folder, as the lockfile's importer names it, e.g. `packages/sdk`. */
  dir: string
  /** The package name, e.g. `@practice-press/sdk`. */
  name: string
  /** The tarball's file name in the scratch folder, e.g. `practice-press-sdk-0.1.0.tgz`. */
  tarball: string
  /** The tarball's absolute path, to compute its integrity. */
  path: string
  /** The packed `package.json`: version, engines, bin and peers go into the lockfile. */
  manifest: {version: string; engines?: Record<string, string>; bin?: unknown; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, unknown>}
}

export interface ConsumerLockfileOptions {
  /** The workspace's `pnpm-lock.yaml`. */
  workspaceLockfile: string
  /** The packed workspace packages the scratch project depends on. */
  packed: PackedPackage[]
  /** Registry dependencies of the scratch project, each taken as this workspace importer has it: `{'@sanity/client': 'packages/sdk'}`. */
  registry: Record<string, string>
  /** `settings` the scratch project's configuration implies (they must match the lockfile's). */
  settings: Record<string, unknown>
}

/**
 * The scratch project's lockfile, as YAML text, and the `dependencies` its `package.json`
 * must carry (the lockfile's specifiers, so the frozen install accepts it).
 *
 * @throws Error naming the importer or snapshot when the workspace lockfile lacks one
 *   the scratch project needs (the workspace lockfile is stale: run `pnpm install`).
 */
export function consumerLockfile(options: ConsumerLockfileOptions): {lockfile: string; dependencies: Record<string, string>} {
  const workspace = readWorkspaceLockfile(options.workspaceLockfile)
  const fileVersion = new Map(options.packed.map((pkg) => [pkg.name, `file:${pkg.tarball}`]))
  const packages: Lockfile['packages'] = {}
  const snapshots: Lockfile['snapshots'] = {}
  const pending: string[] = []

  /** A workspace link (`link:../sdk`) becomes the packed tarball; anything else stays as locked. */
  const resolved = (name: string, version: string): string => {
    if (!version.startsWith('link:')) return version
    const file = fileVersion.get(name)
    if (!file) throw new Error(`The packed packages depend on ${name} (${version}), which is not packed: add it to the packed list.`)
    return file
  }

  for (const pkg of options.packed) {
    const importer = workspace.importers[pkg.dir]
    if (!importer) throw new Error(`${options.workspaceLockfile} has no importer ${pkg.dir}: run pnpm install.`)
    const key = `${pkg.name}@file:${pkg.tarball}`
    const {version, engines, bin, peerDependencies, peerDependenciesMeta} = pkg.manifest
    packages[key] = {
      resolution: {integrity: integrity(pkg.path), tarball: `file:${pkg.tarball}`},
      version,
      ...(engines ? {engines} : {}),
      ...(bin ? {hasBin: true} : {}),
      ...(peerDependencies ? {peerDependencies} : {}),
      ...(peerDependenciesMeta ? {peerDependenciesMeta} : {}),
    }
    const snapshot: Snapshot = {}
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      const entries = Object.entries(importer[field] ?? {})
      if (entries.length === 0) continue
      snapshot[field] = Object.fromEntries(entries.map(([name, dependency]) => [name, resolved(name, dependency.version)]))
      for (const [name, dependency] of entries) if (!dependency.version.startsWith('link:')) pending.push(snapshotKey(name, dependency.version))
    }
    snapshots[key] = snapshot
  }

  const importerDependencies: Record<string, ImporterDependency> = {}
  for (const pkg of options.packed) importerDependencies[pkg.name] = {specifier: `file:./${pkg.tarball}`, version: `file:${pkg.tarball}`}
  for (const [name, dir] of Object.entries(options.registry)) {
    const dependency = workspace.importers[dir]?.dependencies?.[name] ?? workspace.importers[dir]?.optionalDependencies?.[name]
    if (!dependency) throw new Error(`${options.workspaceLockfile}: importer ${dir} has no dependency ${name}.`)
    importerDependencies[name] = dependency
    pending.push(snapshotKey(name, dependency.version))
  }

  // Every snapshot reachable from those roots, and the package each is a snapshot of.
  while (pending.length > 0) {
    const key = pending.pop() as string
    if (snapshots[key]) continue
    const snapshot = workspace.snapshots[key]
    if (!snapshot) throw new Error(`${options.workspaceLockfile} has no snapshot ${key}: run pnpm install.`)
    snapshots[key] = snapshot
    const packageKey = key.replace(/(?<=.)\(.*$/, '')
    const pkg = workspace.packages[packageKey]
    if (!pkg) throw new Error(`${options.workspaceLockfile} has no package ${packageKey}: run pnpm install.`)
    packages[packageKey] = pkg
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      for (const [name, version] of Object.entries(snapshot[field] ?? {})) pending.push(snapshotKey(name, version))
    }
  }

  const lockfile: Lockfile = {
    lockfileVersion: workspace.lockfileVersion,
    settings: options.settings,
    importers: {'.': {dependencies: sortKeys(importerDependencies)}},
    packages: sortKeys(packages),
    snapshots: sortKeys(snapshots),
  }
  return {
    lockfile: stringify(lockfile, {lineWidth: 0}),
    dependencies: Object.fromEntries(Object.entries(importerDependencies).map(([name, dependency]) => [name, dependency.specifier])),
  }
}

/**
 * The snapshot a dependency entry points at: `tar: 7.5.23` is `tar@7.5.23`; an alias
 * (`string-width-cjs: string-width@4.2.3`) names its real package.
 */
function snapshotKey(name: string, version: string): string {
  return /^[\d]/.test(version) ? `${name}@${version}` : version
}

/**
 * The lockfile document that holds the workspace's importers: pnpm 12 writes the package
 * manager's own dependencies as a first YAML document, and the project's as the second.
 */
function readWorkspaceLockfile(path: string): Lockfile {
  const documents = parseAllDocuments(readFileSync(path, 'utf8'))
  const lockfiles = (Array.isArray(documents) ? documents : [documents]).map((document) => document.toJS() as Lockfile)
  const lockfile = lockfiles.find((candidate) => Object.keys(candidate?.importers ?? {}).some((importer) => importer !== '.'))
  if (!lockfile) throw new Error(`${path} holds no workspace importers.`)
  return lockfile
}

/** Subresource integrity (`sha512-...`) of a file, as pnpm records a local tarball's. */
function integrity(path: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
