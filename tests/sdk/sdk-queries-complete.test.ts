/**
 * The shared query list (`sdk-queries.ts`) that the parity, perspective and fast-path tests
 * run names every query the SDK exports, so a new query cannot skip those tests.
 */
import * as sdk from '@practice-press/sdk'
import {expect, it} from 'vitest'

import {sdkQueries} from './sdk-queries.ts'

it('every exported query is in the shared query list', () => {
  const exported = Object.entries(sdk)
    .filter(([name, value]) => name.endsWith('Query') && typeof value === 'string')
    .map(([name]) => name)
    .toSorted()
  const listed = new Set(sdkQueries.map((entry) => entry.query))
  const missing = exported.filter((name) => !listed.has((sdk as unknown as Record<string, string>)[name]!))
  expect({exported: exported.length > 10, missing}).toEqual({exported: true, missing: []})
})
