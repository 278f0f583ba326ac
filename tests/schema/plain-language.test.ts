/**
 * Every field speaks to the therapist: a title and a description, written as sentences
 * for a person, not for a developer. Every document type has a preview.
 */
import {documentTypes, schemaTypes} from '@practice-press/schemas'
import {describe, expect, it} from 'vitest'

interface FieldLike {
  name: string
  title?: string
  description?: string
  fields?: FieldLike[]
  type?: string
  hidden?: unknown
}

function fieldsOf(type: FieldLike, prefix: string): {path: string; field: FieldLike}[] {
  return (type.fields ?? []).flatMap((field) => [{path: `${prefix}.${field.name}`, field}, ...fieldsOf(field, `${prefix}.${field.name}`)])
}

const allFields = (schemaTypes as unknown as FieldLike[]).flatMap((type) => fieldsOf(type, type.name))

describe('plain language in the Studio', () => {
  it('every field has a title and a description', () => {
    const missing = allFields
      .filter(({field}) => !field.title || !field.description)
      .map(({path, field}) => `${path}${field.title ? '' : ' (no title)'}${field.description ? '' : ' (no description)'}`)
    expect(missing).toEqual([])
  })

  it('descriptions are sentences, not developer notes', () => {
    const developerish = allFields.filter(({field}) => /\b(boolean|string|array|reference|GROQ|schema|null|undefined)\b/i.test(field.description ?? ''))
    expect(developerish.map(({path}) => path)).toEqual([])
  })

  it('every document type has a title, an icon and a preview', () => {
    const lacking = (documentTypes as unknown as {name: string; title?: string; icon?: unknown; preview?: unknown}[])
      .filter((type) => !type.title || !type.icon || !type.preview)
      .map((type) => type.name)
    expect(lacking).toEqual([])
  })
})
