import type {Emphasis, PhrasingContent} from 'mdast'

/** The `em` decorator: italic. */
export function em(children: PhrasingContent[]): Emphasis {
  return {type: 'emphasis', children}
}
