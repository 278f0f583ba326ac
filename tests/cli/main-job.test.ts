/**
 * The README's main job, `pnpm start`: `practice-press serve` on the example dataset. It
 * prints the URL to open, and that URL serves the example site; SIGTERM stops it.
 */
import {spawn} from 'node:child_process'

import {expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

it('serves the example site and prints its URL', async () => {
  // `pnpm start --port 0`: the script as the README runs it, on a free port.
  const child = spawn('pnpm', ['start', '--port', '0'], {cwd: repoPath(), detached: true, env: {...process.env, PRACTICE_PRESS_PREVIEW_SECRET: ''}})
  let stdout = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 60 s; printed:\n${stdout}`)), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const found = /^Open (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout)
      if (found) {
        clearTimeout(timer)
        resolve(found[1]!)
      }
    })
    child.on('error', reject)
  })
  try {
    expect(stdout).toContain(`Serving ${repoPath('content')}\n`)
    const response = await fetch(url)
    expect(response.status).toBe(200)
    const body = await response.text()
    expect(body).toContain('<title>Talk with Lia</title>')
    expect(body).toContain('When money becomes the argument')
  } finally {
    const closed = new Promise((resolve) => child.on('close', resolve))
    process.kill(-child.pid!, 'SIGTERM')
    await closed
  }
  expect(stdout).toMatch(/Stopped \(SIGTERM\)\.\n$/)
})
