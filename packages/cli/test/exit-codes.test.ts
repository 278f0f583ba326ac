/** The exit codes and commands of `practice-press`, as its README documents them. */
import {COMMANDS, EXIT_CODES} from '@practice-press/cli'
import {expect, it} from 'vitest'

it('documents its exit codes', () => {
  expect(EXIT_CODES).toEqual({ok: 0, failure: 1, invalid: 1, usage: 2, dataset: 3, listen: 4, query: 5})
  expect(COMMANDS.map((command) => command.name)).toEqual(['serve', 'query', 'import', 'validate', 'export'])
})
