import {parse as parseToml} from 'smol-toml'
import {isMap, parseDocument} from 'yaml'

/** Front matter found at the top of a Markdown file. */
export interface FrontMatter {
  /** The notation, as static site generators name it (Jekyll and Hugo: YAML; Hugo and Zola: TOML; Hugo: JSON). */
  format: 'yaml' | 'toml' | 'json'
  /** What the report says of it: what it is, that it was left out, and a parse error if any. */
  message: string
  /** Its text, without the delimiters. */
  text: string
  /** How many characters it takes from the start of the file, a byte order mark included. */
  length: number
}

const YAML = /^---[\t ]*\r?\n(?:([\s\S]*?)\r?\n)?---[\t ]*(?:\r?\n|$)/
const TOML = /^\+\+\+[\t ]*\r?\n(?:([\s\S]*?)\r?\n)?\+\+\+[\t ]*(?:\r?\n|$)/
/** Hugo's JSON front matter: an object at the very start, its closing brace alone on a line. */
const JSON_OBJECT = /^(\{[\t ]*\r?\n[\s\S]*?\r?\n\})[\t ]*(?:\r?\n|$)/
/** A first line that reads as a front matter key (`title: ...`), even where the YAML is broken. */
const KEY_LINE = /^\s*[\w"'-][\w"' .-]*:(?:\s|$)/

const LEFT_OUT = "was left out of the body: its fields belong in the article's own fields."

/**
 * Front matter at the very start of a Markdown file, after a UTF-8 byte order mark if there
 * is one: YAML between `---` lines, TOML between `+++` lines (read with smol-toml), or a
 * JSON object. `---` lines around text that is no YAML mapping (a document that opens with
 * a rule, a paragraph and a rule) are no front matter; broken YAML whose first line reads as
 * a key still is, and the message names the error, so metadata never becomes body text.
 */
export function findFrontMatter(markdown: string): FrontMatter | undefined {
  const bom = markdown.startsWith('\uFEFF') ? 1 : 0
  const rest = markdown.slice(bom)
  const yaml = YAML.exec(rest)
  if (yaml) {
    const text = (yaml[1] ?? '').trimEnd()
    const document = parseDocument(text)
    const mapping = text.trim() === '' || (document.errors.length === 0 && isMap(document.contents))
    if (mapping) return {format: 'yaml', text, length: bom + yaml[0].length, message: `Front matter (YAML between --- lines) ${LEFT_OUT}`}
    if (KEY_LINE.test(text.split(/\r?\n/, 1)[0] ?? '')) {
      const error = document.errors[0]?.message.split('\n', 1)[0] ?? 'it is not a list of fields'
      return {format: 'yaml', text, length: bom + yaml[0].length, message: `Front matter (YAML between --- lines) ${LEFT_OUT} It is not valid YAML (${error}): fix it before copying its fields.`}
    }
  }
  const toml = TOML.exec(rest)
  if (toml) {
    const text = (toml[1] ?? '').trimEnd()
    let error: string | undefined
    try {
      parseToml(text)
    } catch (cause) {
      error = (cause as Error).message.split('\n', 1)[0]
    }
    return {format: 'toml', text, length: bom + toml[0].length, message: `Front matter (TOML between +++ lines) ${LEFT_OUT}${error ? ` It is not valid TOML (${error}): fix it before copying its fields.` : ''}`}
  }
  const json = JSON_OBJECT.exec(rest)
  if (json?.[1] && isJsonObject(json[1])) {
    return {format: 'json', text: json[1], length: bom + json[0].length, message: `Front matter (a JSON object) ${LEFT_OUT}`}
  }
  return undefined
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
