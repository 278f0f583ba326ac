/** How serious a finding is: `error` blocks publishing in the Studio, `warning` and `info` do not. */
export type ValidationLevel = 'error' | 'warning' | 'info'

/**
 * One thing to fix or know about one document, in the words the Studio uses.
 *
 * `check` says where it comes from: `schema` for the schema's own rules (what the Studio
 * shows while editing), else the name of the dataset check that found it (see
 * `validateDataset`).
 */
export interface ValidationFinding {
  /** The document's `_id` (`drafts.` prefix included for a draft). */
  documentId: string
  /** The document's `_type`. */
  documentType: string
  /** Where in the document, as Sanity prints paths: `body[_key=="ab12"].alt`; `''` for the whole document. */
  path: string
  level: ValidationLevel
  /** What is wrong and what to do, in plain words. */
  message: string
  check: ValidationCheck
}

/**
 * What found a finding: the schema's rules, or one of the checks the Studio does not make.
 *
 * - `schema`: a rule of the schema, as the Studio runs it.
 * - `reference`: a reference to a document that does not exist, or only as a draft.
 * - `slug`: an address another document of the same type uses too.
 * - `heading-order`: a heading that skips a level (h2 then h4).
 * - `link-text`: a link without text, or whose text does not say where it goes ("click here").
 * - `scheduled`: an article whose publication date is still to come.
 */
export type ValidationCheck = 'schema' | 'reference' | 'slug' | 'heading-order' | 'link-text' | 'scheduled'
