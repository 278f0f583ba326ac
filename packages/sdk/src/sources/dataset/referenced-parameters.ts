/** A `$name` in a query: the parameter's name and where its `$` is. */
export interface ParameterReference {
  name: string
  /** Offset of the `$` in the query. */
  offset: number
}

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g
const FUNCTION_DECLARATION = /\bfn\s+[A-Za-z_][A-Za-z0-9_]*::[A-Za-z_][A-Za-z0-9_]*\s*\(([^)]*)\)/g

/**
 * Every parameter a GROQ query takes from its caller (`$slug`), in order of appearance,
 * read off the text: outside string literals (`"..."`, `'...'`, with backslash escapes)
 * and `//` comments, a `$` can only start a parameter. The parameters of a custom function
 * (`fn ns::name($a) = ...`) are the function's own and are left out. Works where parsing
 * cannot, e.g. `[0...$limit]` without `limit`.
 */
export function referencedParameters(query: string): ParameterReference[] {
  const code = withoutLiterals(query)
  const declared = new Set<string>()
  for (const declaration of code.matchAll(FUNCTION_DECLARATION)) {
    for (const parameter of (declaration[1] ?? '').matchAll(PARAMETER)) declared.add(parameter[1]!)
  }
  return [...code.matchAll(PARAMETER)].filter((match) => !declared.has(match[1]!)).map((match) => ({name: match[1]!, offset: match.index}))
}

/** The first parameter the query names that `params` does not give (`undefined` counts as not given, as in JSON). */
export function missingParameter(query: string, params: Record<string, unknown>): ParameterReference | undefined {
  return referencedParameters(query).find(({name}) => !Object.hasOwn(params, name) || params[name] === undefined)
}

/** The query with string literals and comments blanked out, offsets kept. */
function withoutLiterals(query: string): string {
  let code = ''
  let index = 0
  while (index < query.length) {
    const char = query[index]!
    let end = index + 1
    if (char === '"' || char === "'") {
      while (end < query.length && query[end] !== char) end += query[end] === '\\' ? 2 : 1
      end = Math.min(end + 1, query.length)
    } else if (char === '/' && query[index + 1] === '/') {
      while (end < query.length && query[end] !== '\n') end++
    } else {
      code += char
      index = end
      continue
    }
    code += ' '.repeat(end - index)
    index = end
  }
  return code
}
