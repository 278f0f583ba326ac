/**
 * `practice-press` as a person runs it: help, bad input (unknown flag, missing or corrupt
 * dataset, port in use) with a clear message and a non-zero exit code, and a clean stop
 * on SIGTERM.
 */
import {spawn} from 'node:child_process'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

const CLI = repoPath('packages/cli/src/cli.ts')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the CLI from source to its end (or until `until` appears on stdout, then SIGTERM). */
function run(args: string[], options: {until?: RegExp; env?: Record<string, string>} = {}): Promise<Run & {matched?: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@practice-press/source', CLI, ...args], {
      cwd: repoPath(),
      env: {...process.env, PRACTICE_PRESS_PREVIEW_SECRET: '', ...options.env},
    })
    let stdout = ''
    let stderr = ''
    let matched: string | undefined
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const found = options.until?.exec(stdout)
      if (found && matched === undefined) {
        matched = found[0]
        child.kill('SIGTERM')
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr, ...(matched === undefined ? {} : {matched})})
    })
  })
}

let scratch: string
let busy: Server
let busyPort: number

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'practice-press-cli-'))
  await writeFile(join(scratch, 'data.ndjson'), '{"_id": "a", "_type": "topic", "title": "Fine"}\n{"_id": "b", "_type": broken\n')
  busy = createServer()
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
  busyPort = (busy.address() as {port: number}).port
})
afterAll(async () => {
  busy?.close()
  await rm(scratch, {recursive: true, force: true})
})

describe.concurrent('practice-press', () => {
  it('prints help for serve, with its options, the environment variable and the exit codes', async () => {
    const {code, stdout} = await run(['serve', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: practice-press serve [options] [dataset]')
    expect(stdout).toContain('--port <number>')
    expect(stdout).toContain('PRACTICE_PRESS_PREVIEW_SECRET')
    expect(stdout).toContain('3  the dataset cannot be read (missing path, corrupt export)')
    // As `pnpm start -- --help` passes it (pnpm forwards the `--`): the same help, not a dataset path "--help".
    expect(await run(['serve', '--', '--help'])).toEqual({code: 0, stdout, stderr: ''})
  })

  it('rejects an unknown flag, listing the known ones (exit 2)', async () => {
    expect(await run(['serve', '--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'practice-press: unknown option --bogus for "serve". Known options: --host, --port, --base-url, --request-origin, --image-cache, --cors-origin, --query-timeout, --no-watch, --debug, --help.\n',
    })
  })

  it('rejects an unknown command and a bad port (exit 2)', async () => {
    const command = await run(['sever'])
    expect(command.code).toBe(2)
    expect(command.stderr).toBe("practice-press: unknown command 'sever' (Did you mean serve?). Commands: serve, query, import, validate, export.\n")
    // Asking a command that does not exist for its help says it does not exist.
    for (const help of ['--help', '-h']) {
      expect(await run(['build', help])).toEqual({code: 2, stdout: '', stderr: "practice-press: unknown command 'build'. Commands: serve, query, import, validate, export.\n"})
    }
    expect(await run(['serve', '--port', 'eighty'])).toEqual({code: 2, stdout: '', stderr: 'practice-press: --port must be a whole number from 0 to 65535; got "eighty".\n'})
    expect(await run(['serve', '--cors-origin', 'http://localhost:3000/app'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'practice-press: --cors-origin: "http://localhost:3000/app" is not an origin; give a scheme, host and port only, such as http://localhost:3000, a wildcard subdomain such as https://*.example.com, or *.\n',
    })
    expect(await run(['serve', '--cors-origin', 'https://app.*.example.com'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'practice-press: --cors-origin: "https://app.*.example.com" is not an origin; give a scheme, host and port only, such as http://localhost:3000, a wildcard subdomain such as https://*.example.com, or *.\n',
    })
  })

  it('says plainly that a dataset path is missing (exit 3), with no stack trace', async () => {
    const missing = join(scratch, 'no-such-folder')
    const {code, stdout, stderr} = await run(['serve', missing, '--port', '0'])
    expect([code, stdout]).toEqual([3, ''])
    expect(stderr).toBe(
      `practice-press: No dataset at ${missing}: no such file or folder. Expected an export folder holding data.ndjson (as "sanity dataset export" writes it), a .ndjson file, or an export .tar.gz.\n`,
    )
  })

  it('names the file and line of a corrupt dataset (exit 3)', async () => {
    const {code, stderr} = await run(['serve', scratch, '--port', '0'])
    expect(code).toBe(3)
    expect(stderr).toMatch(new RegExp(`^practice-press: cannot read the dataset at ${scratch}:\\n  ${join(scratch, 'data.ndjson')}:2: `))
    expect(stderr).not.toContain('    at ')
  })

  it('says the port is in use (exit 4)', async () => {
    expect(await run(['serve', '--port', String(busyPort)])).toEqual({
      code: 4,
      stdout: '',
      stderr: `practice-press: cannot listen on 127.0.0.1:${busyPort}: the port is in use. Stop the other server or choose another port with --port.\n`,
    })
  })

  it('prints its URL, and stops cleanly on SIGTERM (exit 0)', async () => {
    const result = await run(['serve', '--port', '0'], {until: /Open (http:\/\/127\.0\.0\.1:\d+\/)\n/})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Serving ${repoPath('content')}\nPreview off (set PRACTICE_PRESS_PREVIEW_SECRET to turn it on)\n`)
    expect(result.stdout).toMatch(/Stopped \(SIGTERM\)\.\n$/)
    expect(result.stderr).toBe('')
  })
})
