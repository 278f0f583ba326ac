import {shorten} from '../import/report.ts'
import type {ImportedBlock} from '../import/types.ts'
import type {DirectiveHandler, DirectiveHandlers} from '../import/mdast/state.ts'
import {directiveText} from '../import/mdast/directives/directive-text.ts'
import {readAttributes} from '../import/mdast/directives/attributes.ts'
import {directiveKey} from '../vocabulary/directives.ts'
import type {BlockExtension} from './types.ts'

/**
 * The import's directive handlers, by directive name, from `extensions` (leaf and container
 * directives; text directives are read by the inline step), to merge over
 * `fromDirectiveHandlers`. An extension without `fromDirective` reads back as a block of its
 * `type` with its known attributes as fields and its content as `text`, reported
 * (`extension-step`). Keyed by name alone, as the `directives` option is: `checkExtensions`
 * leaves each directive name to one type whatever its kind, so a leaf and a container of one
 * name never meet here.
 */
export function importDirectives(extensions: readonly BlockExtension[]): DirectiveHandlers {
  const directives: DirectiveHandlers = {}
  for (const extension of extensions) {
    if (extension.directive.kind === 'text') continue
    directives[extension.directive.name] = extension.fromDirective ?? fallbackFromDirective(extension)
  }
  return directives
}

function fallbackFromDirective(extension: BlockExtension): DirectiveHandler {
  return (node, state) => {
    const attributes = readAttributes(node, extension.directive.attributes, state)
    const text = directiveText(node, `${extension.type} text`, state)
    state.reporter.add(
      'extension-step',
      `The "${extension.type}" extension has no fromDirective step: ${directiveKey(extension.directive)} became a "${extension.type}" block with its attributes as fields and its content as text.`,
      node,
      text === '' ? undefined : shorten(text),
    )
    const block: Record<string, unknown> = {_type: extension.type, _key: state.key(), ...attributes}
    if (text !== '') block.text = text
    return [block as unknown as ImportedBlock]
  }
}
