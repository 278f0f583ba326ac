import {singletonTypes} from '@practice-press/schemas'
import type {DocumentActionComponent, TemplateItem} from 'sanity'

/** What may be done to a singleton: edit, publish, undo. Never delete, duplicate or unpublish. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

/** Removes "new document" templates for singletons, so a second one cannot be created. */
export function withoutSingletonTemplates<T extends {schemaType: string}>(templates: T[]): T[] {
  return templates.filter((template) => !singletonTypes.has(template.schemaType))
}

/** Removes "new document" menu items for singletons. */
export function withoutSingletonNewItems(items: TemplateItem[]): TemplateItem[] {
  return items.filter((item) => !singletonTypes.has(item.templateId))
}

/** Keeps only the actions a singleton allows. */
export function singletonActions(
  actions: DocumentActionComponent[],
  schemaType: string,
): DocumentActionComponent[] {
  if (!singletonTypes.has(schemaType)) return actions
  return actions.filter((action) => action.action !== undefined && SINGLETON_ACTIONS.has(action.action))
}
