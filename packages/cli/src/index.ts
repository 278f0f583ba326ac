/**
 * @practice-press/cli: the `practice-press` command, and the pieces it is made of for
 * programs that embed them: the CLI runner, the Node server, the web-standard app.
 */
export {runCli} from './commands/run-cli.ts'
export {COMMANDS} from './commands/registry.ts'
export type {CommandDefinition, CommandIo, CommandOption} from './commands/command.ts'
export {CliError, exitCodeOf, isCliError, printError} from './commands/cli-error.ts'
export {EXIT_CODES} from './commands/exit-codes.ts'
export type {ExitCode} from './commands/exit-codes.ts'
export {PREVIEW_SECRET_VARIABLE} from './commands/serve.ts'
export {startServer} from './node/start-server.ts'
export type {RunningServer, StartServerOptions} from './node/start-server.ts'
export {DatasetOpenError, ListenError} from './node/server-errors.ts'
export {createApp} from './app/create-app.ts'
export type {AppOptions} from './app/app-options.ts'
