/**
 * @practice-press/cli/app: the delivery app as web-standard handlers, for any runtime
 * (Node, workerd, Deno, Bun). No file system, no Node built-ins.
 */
export {createApp} from './create-app.ts'
export type {AppOptions} from './app-options.ts'
export type {AppEnv} from './app-env.ts'
export {CONTENT_SECURITY_POLICY} from './middleware/security-headers.ts'
export {createHeldBackQueryHandler, withoutScheduled} from './lib/held-back-query-handler.ts'
export type {HeldBackQueryHandlerOptions} from './lib/held-back-query-handler.ts'
