import type {PhrasingContent, Strong} from 'mdast'

/** The `strong` decorator: bold. */
export function strong(children: PhrasingContent[]): Strong {
  return {type: 'strong', children}
}
