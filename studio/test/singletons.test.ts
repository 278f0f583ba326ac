/** Practice settings are one document: it cannot be created a second time or deleted. */
import {describe, expect, it} from 'vitest'

import {singletonActions, withoutSingletonNewItems, withoutSingletonTemplates} from '../src/singletons.ts'

const names = (list: {action?: string}[]) => list.map((item) => item.action)
const action = (name: string) => Object.assign(() => null, {action: name}) as never

describe('the practice settings singleton', () => {
  const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map(action)

  it('can be published, its changes discarded or restored, and nothing else', () => {
    expect(names(singletonActions(actions, 'practice'))).toEqual(['publish', 'discardChanges', 'restore'])
  })

  it('leaves other documents’ actions alone', () => {
    expect(names(singletonActions(actions, 'article'))).toEqual(['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'])
  })

  it('offers no "new document" template or menu item for it', () => {
    const templates = [{schemaType: 'article', id: 'article'}, {schemaType: 'practice', id: 'practice'}]
    expect(withoutSingletonTemplates(templates).map((template) => template.id)).toEqual(['article'])
    const items = [{templateId: 'article'}, {templateId: 'practice'}] as never[]
    expect(withoutSingletonNewItems(items)).toEqual([{templateId: 'article'}])
  })
})
