/** The README's main job, `pnpm start`, prints the latest articles with authors and offices. */
import {execFileSync} from 'node:child_process'

import {expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

it('lists the example dataset’s latest articles through the SDK', () => {
  const output = execFileSync(process.execPath, ['--conditions=@practice-press/source', repoPath('scripts/list-articles.ts')], {
    encoding: 'utf8',
  })
  expect(output.split('\n').slice(0, 5)).toEqual([
    `Latest articles in ${repoPath('content')}:`,
    '',
    '2026-06-09  When money becomes the argument',
    '            by Sam Rivera (sample author), LMFT · San Jose',
    '2026-02-17  When is it time to try couples therapy?',
  ])
})
