import {spawn} from 'node:child_process'
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

import {describe, expect, it} from 'vitest'

const script = fileURLToPath(new URL('../../studio/scripts/deploy.ts', import.meta.url))
/** The script also reads these (as `sanity deploy` does); `.env.<mode>` files are avoided with a mode of our own. */
const envFiles = ['.env', '.env.local'].map((name) => fileURLToPath(new URL(`../../studio/${name}`, import.meta.url)))
const MODE = 'practice-press-test'

/** Fails with a plain reason if a studio .env file sets the variables these tests unset. */
function assertNoProjectInEnvFiles(): void {
  for (const file of envFiles) {
    if (existsSync(file) && /^\s*SANITY_STUDIO_(PROJECT_ID|DATASET)\s*=/m.test(readFileSync(file, 'utf8'))) {
      throw new Error(`${file} sets SANITY_STUDIO_PROJECT_ID or SANITY_STUDIO_DATASET; these tests need them unset.`)
    }
  }
}

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `node studio/scripts/deploy.ts` with `env` (and nothing of the caller's Sanity settings). */
function deploy(env: Record<string, string>, args: string[] = []): Promise<Result> {
  const base = {...process.env}
  for (const name of Object.keys(base)) if (name.startsWith('SANITY_')) delete base[name]
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: {...base, DO_NOT_TRACK: '1', SANITY_ACTIVE_ENV: MODE, ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code) => done({code, stdout, stderr}))
  })
}

describe('pnpm studio:deploy', () => {
  it('refuses with exit code 1 and names both variables when neither is set', async () => {
    assertNoProjectInEnvFiles()
    const result = await deploy({})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('SANITY_STUDIO_PROJECT_ID')
    expect(result.stderr).toContain('SANITY_STUDIO_DATASET')
    expect(result.stderr).toMatch(/^Cannot deploy the Studio: /)
    // A plain message, not a crash.
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).toBe('')
  })

  it('names only the variable that is missing, and treats an empty value as missing', async () => {
    assertNoProjectInEnvFiles()
    const result = await deploy({SANITY_STUDIO_PROJECT_ID: 'abc12345', SANITY_STUDIO_DATASET: ''})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('SANITY_STUDIO_DATASET is not set')
    expect(result.stderr).not.toContain('SANITY_STUDIO_PROJECT_ID is')
    expect(result.stderr).not.toContain('SANITY_STUDIO_PROJECT_ID and')
  })

  it('runs sanity deploy with the arguments given and passes its exit code through', async () => {
    const env = {SANITY_STUDIO_PROJECT_ID: 'abc12345', SANITY_STUDIO_DATASET: 'production'}
    // Neither call reaches the network: --help prints and exits 0; an unknown flag is a usage error (2).
    const help = await deploy(env, ['--help'])
    expect(help).toMatchObject({code: 0})
    expect(help.stdout).toContain('deploy')
    const wrong = await deploy(env, ['--no-such-flag'])
    expect(wrong.code).toBe(2)
  }, 60_000)

  it("reads the variables from the studio's .env file for the mode, as sanity deploy does", async () => {
    const file = fileURLToPath(new URL(`../../studio/.env.${MODE}`, import.meta.url))
    writeFileSync(file, 'SANITY_STUDIO_PROJECT_ID=abc12345\nSANITY_STUDIO_DATASET=production\n')
    try {
      const help = await deploy({}, ['--help'])
      expect(help).toMatchObject({code: 0})
    } finally {
      rmSync(file, {force: true})
    }
  }, 30_000)
})
