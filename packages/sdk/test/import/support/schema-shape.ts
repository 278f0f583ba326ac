/**
 * Checks that blocks have the shape of the article schema's `blockContent`: the block
 * types, styles, list kinds, decorators and annotations it declares, fields of the right
 * types, `_key`s present and unique, every mark defined.
 */
import type {ImportReportEntry} from '@practice-press/sdk/import'

const STYLES = ['normal', 'h2', 'h3', 'h4', 'blockquote']
const DECORATORS = ['strong', 'em', 'code']
const TONES = ['note', 'tip', 'important', 'caution']

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const optionalString = (value: unknown) => value === undefined || typeof value === 'string'
const isReference = (value: unknown) => isObject(value) && value._type === 'reference' && typeof value._ref === 'string' && value._ref !== ''

/**
 * The problems found, one string each; empty when every block fits. A block of a type
 * the schema does not have is accepted only when the report names it (`unknown-block`).
 */
export function schemaShapeProblems(blocks: readonly unknown[], report: readonly ImportReportEntry[], keyPattern = /^[0-9a-f]{12}$/): string[] {
  const problems: string[] = []
  const keys = new Set<string>()
  const unknownReported = report.filter((entry) => entry.kind === 'unknown-block').length
  let unknownSeen = 0
  blocks.forEach((block, index) => {
    const at = `[${index}]`
    if (!isObject(block)) return problems.push(`${at} is not an object`)
    if (typeof block._key !== 'string' || !keyPattern.test(block._key)) problems.push(`${at}._key ${String(block._key)}`)
    else if (keys.has(block._key)) problems.push(`${at}._key repeats`)
    else keys.add(block._key)
    switch (block._type) {
      case 'block':
        return problems.push(...textBlockProblems(block, at, keyPattern))
      case 'imageWithCredit':
        if (!optionalString(block.alt) || !optionalString(block.caption)) problems.push(`${at} alt or caption`)
        if (block.asset !== undefined && !isReference(block.asset)) problems.push(`${at}.asset`)
        if (block.decorative !== undefined && typeof block.decorative !== 'boolean') problems.push(`${at}.decorative`)
        if (block.credit !== undefined) {
          const credit = block.credit
          if (!isObject(credit) || credit._type !== 'credit' || !optionalString(credit.name) || !optionalString(credit.source) || !optionalString(credit.url)) {
            problems.push(`${at}.credit`)
          }
        }
        return
      case 'callout':
        if (!TONES.includes(String(block.tone)) || typeof block.text !== 'string') problems.push(`${at} callout`)
        return
      case 'pullQuote':
        if (typeof block.text !== 'string' || !optionalString(block.attribution)) problems.push(`${at} pullQuote`)
        return
      case 'callToAction':
        if (typeof block.label !== 'string' || !optionalString(block.url)) problems.push(`${at} callToAction`)
        if (block.reference !== undefined && !isReference(block.reference)) problems.push(`${at}.reference`)
        return
      default:
        unknownSeen++
        if (unknownSeen > unknownReported) problems.push(`${at} has type ${String(block._type)}, not reported`)
    }
  })
  return problems
}

function textBlockProblems(block: Json, at: string, keyPattern: RegExp): string[] {
  const problems: string[] = []
  if (!STYLES.includes(String(block.style))) problems.push(`${at}.style ${String(block.style)}`)
  if (block.listItem !== undefined) {
    if (block.listItem !== 'bullet' && block.listItem !== 'number') problems.push(`${at}.listItem`)
    if (!Number.isInteger(block.level) || (block.level as number) < 1) problems.push(`${at}.level`)
  }
  const markDefs = Array.isArray(block.markDefs) ? block.markDefs : undefined
  if (!markDefs) return [...problems, `${at}.markDefs`]
  const defined = new Set<string>()
  markDefs.forEach((def, index) => {
    const where = `${at}.markDefs[${index}]`
    if (!isObject(def) || typeof def._key !== 'string' || !keyPattern.test(def._key) || defined.has(def._key)) return problems.push(`${where}._key`)
    defined.add(def._key)
    if (def._type === 'link') {
      if (typeof def.href !== 'string' || typeof def.openInNewTab !== 'boolean') problems.push(`${where} link`)
    } else if (def._type === 'internalLink') {
      if (!isReference(def.reference)) problems.push(`${where} internalLink`)
    } else {
      problems.push(`${where} type ${String(def._type)}`)
    }
  })
  const children = Array.isArray(block.children) ? block.children : []
  if (children.length === 0) problems.push(`${at}.children empty`)
  const spanKeys = new Set<string>()
  children.forEach((span, index) => {
    const where = `${at}.children[${index}]`
    if (!isObject(span) || span._type !== 'span' || typeof span.text !== 'string' || !Array.isArray(span.marks)) return problems.push(`${where} span`)
    if (typeof span._key !== 'string' || !keyPattern.test(span._key) || spanKeys.has(span._key)) problems.push(`${where}._key`)
    else spanKeys.add(span._key)
    for (const mark of span.marks) if (!DECORATORS.includes(String(mark)) && !defined.has(String(mark))) problems.push(`${where} mark ${String(mark)}`)
  })
  return problems
}
