/**
 * @practice-press/sdk/validate: every document of a dataset against the schema's rules as
 * the Studio runs them (Sanity's own `@sanity/validation`, an optional peer dependency of
 * the SDK: install it to use this entry), plus the checks the Studio does not make.
 */
export {validateDataset} from './validate-dataset.ts'
export type {DatasetValidation, ValidateDatasetOptions} from './validate-dataset.ts'
export {schemaFindings, pathToString} from './schema-rules.ts'
export type {CompiledSchema, SchemaRuleContext} from './schema-rules.ts'
export {createDatasetValidationClient, createDocumentExists} from './validation-client.ts'
export type {ValidationCheck, ValidationFinding, ValidationLevel} from './validation-finding.ts'
