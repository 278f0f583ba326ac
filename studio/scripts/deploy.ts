/**
 * `pnpm studio:deploy`: deploys the Studio to Sanity's hosting with `sanity deploy`.
 *
 * A Studio built without a project id works (it says it is not connected), but deploying one
 * would publish a Studio that can never load anything. So this refuses, with a plain message
 * naming each missing variable and exit code 1, unless every variable in REQUIRED_VARIABLES
 * is set, in the environment or in the studio's .env files (read as `sanity deploy` reads
 * them). Otherwise it runs `sanity deploy` in the studio folder with the arguments given
 * (e.g. `pnpm studio:deploy --no-build`) and exits with its exit code.
 */
import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseEnv} from 'node:util'

import {readEnvironment} from '../src/environment.ts'

const studioDir = fileURLToPath(new URL('..', import.meta.url))

/**
 * The variables `sanity deploy` will see: the studio's .env files for the mode (`production`
 * unless SANITY_ACTIVE_ENV says otherwise), most specific last, under the process
 * environment, which wins (as in Vite's `loadEnv`, which the Sanity CLI uses).
 */
function deployEnvironment(): Record<string, string | undefined> {
  const mode = process.env.SANITY_ACTIVE_ENV || 'production'
  const fromFiles: Record<string, string | undefined> = {}
  for (const name of ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`]) {
    const file = resolve(studioDir, name)
    if (existsSync(file)) Object.assign(fromFiles, parseEnv(readFileSync(file, 'utf8')))
  }
  return {...fromFiles, ...process.env}
}

/** The message shown when variables are missing: what is wrong, then how to fix it. */
function missingVariablesMessage(missing: readonly string[]): string {
  const names = missing.join(' and ')
  return [
    `Cannot deploy the Studio: ${names} ${missing.length === 1 ? 'is' : 'are'} not set.`,
    '',
    `Set ${missing.length === 1 ? 'it' : 'them'} to the Sanity project and dataset to deploy to, for example:`,
    '',
    '  SANITY_STUDIO_PROJECT_ID=<your project id> SANITY_STUDIO_DATASET=production pnpm studio:deploy',
    '',
    'or put them in studio/.env.production. The project id is on https://www.sanity.io/manage.',
    'See studio/README.md.',
    '',
  ].join('\n')
}

/** The `sanity` command's entry script, from the copy of `sanity` the Studio depends on. */
function sanityBin(): string {
  const require = createRequire(resolve(studioDir, 'package.json'))
  const manifestPath = require.resolve('sanity/package.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {bin?: string | Record<string, string>}
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.sanity
  if (!bin) throw new Error(`${manifestPath} names no "sanity" command`)
  return resolve(dirname(manifestPath), bin)
}

function fail(message: string): void {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`)
  process.exitCode = 1
}

function main(): void {
  const environment = readEnvironment(deployEnvironment())
  if (!environment.connected) {
    fail(missingVariablesMessage(environment.missing))
    return
  }

  let bin: string
  try {
    bin = sanityBin()
  } catch (error) {
    fail(`Cannot deploy the Studio: the sanity command was not found (${(error as Error).message}). Run pnpm install.`)
    return
  }

  const child = spawn(process.execPath, [bin, 'deploy', ...process.argv.slice(2)], {
    cwd: studioDir,
    env: process.env,
    stdio: 'inherit',
  })
  child.on('error', (error) => {
    fail(`Cannot deploy the Studio: sanity deploy did not start (${error.message}).`)
  })
  child.on('exit', (code, signal) => {
    if (signal) {
      // Ended by a signal (e.g. Ctrl-C): end the same way, so the caller sees it.
      process.kill(process.pid, signal)
      return
    }
    process.exitCode = code ?? 1
  })
}

main()
