import type {BlockExtension} from './types.ts'

/**
 * A block extension whole: its HTML part (`type`, `directive`, `toMdast`, `toHast`) with the
 * steps of the other stages added. The built-in blocks are written this way so that a
 * bundle rendering only HTML keeps only the HTML parts: the call is pure, so a bundler drops
 * the whole object, and with it the Markdown, text and import steps, when nothing uses it.
 */
export function addSteps(part: BlockExtension, steps: Omit<BlockExtension, 'type' | 'directive' | 'toMdast' | 'toHast'>): BlockExtension {
  return {...part, ...steps}
}
