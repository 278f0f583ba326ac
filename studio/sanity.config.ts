import {schemaTypes} from '@practice-press/schemas'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'

import {readEnvironment} from './src/environment.ts'
import {notConnectedAuth, notConnectedLayout} from './src/not-connected-banner.tsx'
import {singletonActions, withoutSingletonNewItems, withoutSingletonTemplates} from './src/singletons.ts'
import {structure} from './src/structure.ts'

/** Vite fills `import.meta.env` in the browser; the CLI (schema extract, typegen) runs in Node. */
const viteEnv = (import.meta as ImportMeta & {env?: Record<string, string | undefined>}).env
const environment = readEnvironment(viteEnv ?? process.env)

export default defineConfig({
  name: 'default',
  title: 'Practice Press',
  projectId: environment.projectId,
  dataset: environment.dataset,
  ...(environment.apiHost ? {apiHost: environment.apiHost} : {}),
  // Not connected: sign in as a placeholder user whose client never reaches Sanity, so the
  // Studio opens and shows the notice instead of stopping at a network or login screen.
  ...(environment.connected ? {} : {auth: notConnectedAuth(environment)}),
  plugins: [structureTool({structure})],
  schema: {
    types: schemaTypes,
    templates: (templates) => withoutSingletonTemplates(templates),
  },
  document: {
    actions: (actions, {schemaType}) => singletonActions(actions, schemaType),
    newDocumentOptions: (items) => withoutSingletonNewItems(items),
  },
  studio: {
    components: {layout: notConnectedLayout(environment)},
  },
})
