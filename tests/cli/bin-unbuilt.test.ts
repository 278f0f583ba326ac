/**
 * The bin as a new developer meets it right after `pnpm install`, before anything is
 * built: `packages/cli/dist/` does not exist yet, and `practice-press` must work on the
 * project's Node (22, first on the PATH of `pnpm exec`). Tested on a copy of the package
 * with the bin and the source but no dist; also the message on an older Node.
 */
import {spawn} from 'node:child_process'
import {cp, mkdir, mkdtemp, rm, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {afterAll, beforeAll, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

let dir: string
let bin: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'practice-press-bin-'))
  await mkdir(join(dir, 'cli', 'bin'), {recursive: true})
  await cp(repoPath('packages/cli/bin/practice-press.js'), join(dir, 'cli', 'bin', 'practice-press.js'))
  // The source by link, so its imports resolve from the workspace's node_modules, as in a checkout.
  await symlink(repoPath('packages/cli/src'), join(dir, 'cli', 'src'))
  await symlink(repoPath('packages/cli/package.json'), join(dir, 'cli', 'package.json'))
  bin = join(dir, 'cli', 'bin', 'practice-press.js')
})
afterAll(() => rm(dir, {recursive: true, force: true}))

function run(node: string, args: string[], until?: RegExp): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(node, [bin, ...args], {cwd: repoPath(), env: {...process.env, PRACTICE_PRESS_PREVIEW_SECRET: ''}})
    let stdout = ''
    let stderr = ''
    let stopped = false
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (!stopped && until?.test(stdout)) {
        stopped = true
        child.kill('SIGTERM')
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr})
    })
  })
}

it('with no dist, --help and a query work on the project’s Node', {timeout: 60_000}, async () => {
  const help = await run(process.execPath, ['--help'])
  expect(help.code).toBe(0)
  expect(help.stdout).toContain('Usage: practice-press')
  const count = await run(process.execPath, ['query', 'count(*[_type == "location"])'])
  expect(count).toEqual({code: 0, stdout: '2\n', stderr: ''})
})

it('with no dist, serve starts and stops cleanly on SIGTERM sent to the bin', {timeout: 60_000}, async () => {
  const served = await run(process.execPath, ['serve', '--port', '0', '--no-watch'], /Open http:\/\/127\.0\.0\.1:\d+\//)
  expect(served.stdout).toMatch(/Open http:\/\/127\.0\.0\.1:\d+\//)
  expect(served.stdout).toContain('Stopped (SIGTERM).')
  expect(served.code).toBe(0)
})

it('on a Node too old for the TypeScript source, it says how to run it', {timeout: 60_000}, async () => {
  // The machine's global Node (Debian's, 20 here) runs the bin; where it is new enough, --help just works.
  const old = await run('/usr/bin/node', ['--help'])
  const [major = 0, minor = 0] = (await new Promise<string>((done) => {
    const child = spawn('/usr/bin/node', ['-p', 'process.versions.node'])
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('close', () => done(out.trim()))
  })).split('.').map(Number)
  const tooOld = major < 22 || (major === 22 && minor < 18)
  expect({code: old.code, says: tooOld ? /cannot run its TypeScript source\. Run it as `pnpm exec practice-press`/.test(old.stderr) : old.stdout.includes('Usage: practice-press')}).toEqual({
    code: tooOld ? 1 : 0,
    says: true,
  })
})
