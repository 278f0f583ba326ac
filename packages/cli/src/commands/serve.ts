import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {checkCorsOrigins} from '../app/lib/cors-origins.ts'
import {CliError} from './cli-error.ts'
import type {CommandDefinition} from './command.ts'
import {EXIT_CODES} from './exit-codes.ts'
import {BASE_URL_OPTION, DATASET_ARGUMENT, datasetPath} from './shared-options.ts'

/** The environment variable that holds the preview secret (never a flag: flags show in `ps`). */
export const PREVIEW_SECRET_VARIABLE = 'PRACTICE_PRESS_PREVIEW_SECRET'

/** `practice-press serve [dataset]`: the site, images, feeds and Sanity's query API over a dataset, reloaded on change. */
export const serveCommand: CommandDefinition = {
  name: 'serve',
  summary: 'serve the site, images and Sanity’s query API from a dataset, reloading it when it changes',
  arguments: [DATASET_ARGUMENT],
  options: [
    {flags: '--host <address>', description: 'the address to listen on', default: '127.0.0.1'},
    {flags: '--port <number>', description: 'the port to listen on (0: any free port)', default: '3333'},
    BASE_URL_OPTION,
    {flags: '--request-origin', description: 'local development: pages opened at this server’s own address (127.0.0.1, localhost) link to it instead of the website address'},
    {flags: '--image-cache <dir>', description: 'where resized images are kept', default: join(tmpdir(), 'practice-press', 'images')},
    {flags: '--cors-origin <origin...>', description: 'an origin whose browser pages may call the query API, e.g. http://localhost:3000 (repeat for more; * for any)'},
    {flags: '--query-timeout <ms>', description: 'the query API’s evaluation time limit', default: '5000'},
    {flags: '--no-watch', description: 'do not reload the dataset when it changes'},
  ],
  helpText: `
Environment:
  ${PREVIEW_SECRET_VARIABLE}  the preview secret: /preview?secret=... shows drafts and scheduled
                                 articles in the browser, and "Authorization: Bearer <secret>" opens
                                 the drafts perspective of the query API. Without it, no draft is served.

Example:
  ${PREVIEW_SECRET_VARIABLE}=$(openssl rand -hex 16) practice-press serve content --port 8080`,
  async run([datasetArgument], options, io) {
    const port = Number(options.port)
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliError(`--port must be a whole number from 0 to 65535; got "${String(options.port)}".`, EXIT_CODES.usage)
    const queryTimeoutMs = Number(options.queryTimeout)
    if (!Number.isInteger(queryTimeoutMs) || queryTimeoutMs < 10) throw new CliError(`--query-timeout must be a whole number of milliseconds, at least 10; got "${String(options.queryTimeout)}".`, EXIT_CODES.usage)
    const baseUrl = typeof options.baseUrl === 'string' ? options.baseUrl : undefined
    if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) throw new CliError(`--base-url must be an http(s) URL such as https://www.example.com; got "${baseUrl}".`, EXIT_CODES.usage)
    const requestOrigin = options.requestOrigin === true
    if (requestOrigin && baseUrl !== undefined) throw new CliError('--request-origin and --base-url cannot go together: --base-url fixes every address. Give one of them.', EXIT_CODES.usage)
    const corsOrigins = Array.isArray(options.corsOrigin) ? options.corsOrigin.map(String) : []
    try {
      checkCorsOrigins(corsOrigins)
    } catch (error) {
      throw new CliError(`--cors-origin: ${(error as Error).message.replace(/^corsOrigins: /, '')}`, EXIT_CODES.usage)
    }
    const dataset = datasetPath(datasetArgument, io)
    const previewSecret = io.env[PREVIEW_SECRET_VARIABLE] || undefined
    if (previewSecret !== undefined && previewSecret.length < 16) throw new CliError(`${PREVIEW_SECRET_VARIABLE} must be at least 16 characters long.`, EXIT_CODES.usage)
    // Loaded here, not at the top: `--help` and bad usage answer without loading the server.
    const {startServer} = await import('../node/start-server.ts')
    const {createBufferedLog} = await import('../node/buffered-log.ts')
    const log = createBufferedLog(io.stdout)
    const server = await startServer({
      dataset,
      host: String(options.host),
      port,
      ...(baseUrl ? {baseUrl} : {}),
      ...(requestOrigin ? {requestOrigin} : {}),
      ...(previewSecret ? {previewSecret} : {}),
      queryTimeoutMs,
      ...(corsOrigins.length > 0 ? {corsOrigins} : {}),
      ...(typeof options.imageCache === 'string' ? {imageCacheDir: options.imageCache} : {}),
      watch: options.watch !== false,
      log,
      onError: (error) => io.stderr(`practice-press: error while answering a request: ${error instanceof Error ? (options.debug ? error.stack : error.message) : String(error)}\n`),
    })
    io.stdout(`Serving ${dataset}\n`)
    io.stdout(`Preview ${previewSecret ? `on (secret from ${PREVIEW_SECRET_VARIABLE})` : `off (set ${PREVIEW_SECRET_VARIABLE} to turn it on)`}\n`)
    io.stdout(`Open ${server.origin}/\n`)
    const signal = await io.stopSignal
    await server.close()
    log.flush()
    io.stdout(`Stopped (${signal}).\n`)
    return EXIT_CODES.ok
  },
}
