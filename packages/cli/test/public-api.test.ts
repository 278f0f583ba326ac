/** What each entry of @practice-press/cli exports, pinned. */
import * as cli from '@practice-press/cli'
import * as app from '@practice-press/cli/app'
import {expect, it} from 'vitest'

it('exports exactly these names from @practice-press/cli', () => {
  expect(Object.keys(cli).toSorted()).toEqual([
    'COMMANDS',
    'CliError',
    'EXIT_CODES',
    'PREVIEW_SECRET_VARIABLE',
    'createApp',
    'isCliError',
    'printError',
    'runCli',
    'startServer',
  ])
})

it('exports exactly these names from @practice-press/cli/app, none of which needs Node', () => {
  expect(Object.keys(app).toSorted()).toEqual(['CONTENT_SECURITY_POLICY', 'createApp', 'createHeldBackQueryHandler', 'withoutScheduled'])
})

it('documents its exit codes', () => {
  expect(cli.EXIT_CODES).toEqual({ok: 0, failure: 1, usage: 2, dataset: 3, listen: 4})
  expect(cli.COMMANDS.map((command) => command.name)).toEqual(['serve'])
})
