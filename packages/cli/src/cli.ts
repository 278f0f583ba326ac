#!/usr/bin/env node
/** The `practice-press` command (bin). */
import {runCli} from './commands/run-cli.ts'

const stopSignal = new Promise<string>((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal))
})

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stopSignal,
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  progressStream: process.stdout.isTTY ? process.stdout : undefined,
})
// Nothing may keep the process alive once the command is done (a signal handler, a worker),
// but what was written must reach a pipe first: stdout to a pipe is asynchronous, and
// exit() before it drains cut `query ... | jq` at 64 KiB.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))))
process.exit()
