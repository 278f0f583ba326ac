import {schemaTypes} from '@practice-press/schemas'
import {createSchema} from 'sanity'

/** The compiled Practice Press schema, as the Studio builds it. */
export const compiledSchema = createSchema({name: 'default', types: schemaTypes})
