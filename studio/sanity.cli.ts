import {fileURLToPath} from 'node:url'

import {defineCliConfig} from 'sanity/cli'

import {readEnvironment} from './src/environment.ts'

const {projectId, dataset} = readEnvironment(process.env)

export default defineCliConfig({
  api: {projectId, dataset},
  // Run on the schemas as written (TypeScript source), with no build step first.
  vite: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: {
        ...config.resolve?.alias,
        '@practice-press/schemas': fileURLToPath(new URL('../schemas/src/index.ts', import.meta.url)),
      },
    },
  }),
  typegen: {
    path: '../packages/sdk/src/queries/**/*.ts',
    schema: '../schemas/schema.json',
    generates: '../packages/sdk/src/generated/sanity.types.ts',
    overloadClientMethods: true,
  },
})
