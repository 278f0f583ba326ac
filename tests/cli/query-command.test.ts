/**
 * `practice-press query` as a person and a tool run it: JSON on stdout (compact for a
 * pipe, indented with --pretty or on a terminal), parameters, perspectives, the store's
 * journal included; a syntax error shows the query with a caret under the place; every
 * failure a message on stderr and its exit code. The exit-code table of --help and the
 * README are made from one list.
 */
import {appendFile, cp, mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {runCli} from '@practice-press/cli'
import {openDatasetStore} from '@practice-press/sdk/node'
import {describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

async function run(args: string[], options: {tty?: boolean} = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    stopSignal: new Promise(() => {}),
    cwd: repoPath(),
    stdoutIsTTY: options.tty === true,
  })
  return {code, stdout, stderr}
}

describe('practice-press query', () => {
  it('prints the result as one line of JSON for a pipe, indented on a terminal or with --pretty', async () => {
    const query = '*[_type == "location"] | order(name asc){name, "slug": slug.current}'
    const piped = await run(['query', query])
    expect(piped).toEqual({code: 0, stderr: '', stdout: '[{"name":"Milpitas office","slug":"milpitas"},{"name":"San Jose office","slug":"san-jose"}]\n'})
    const pretty = await run(['query', query, '--pretty'])
    expect(pretty.stdout).toBe(`${JSON.stringify(JSON.parse(piped.stdout), null, 2)}\n`)
    expect((await run(['query', query], {tty: true})).stdout).toBe(pretty.stdout)
  })

  it('takes parameters as JSON when they are JSON, as text otherwise', async () => {
    const result = await run(['query', '{"slug": $slug, "n": $n, "list": $list, "text": $text}', '--param', 'slug=when-to-try-couples-therapy', '--param', 'n=3', '--param', 'list=["a",1]', '--param', 'text=not json'])
    expect(JSON.parse(result.stdout)).toEqual({slug: 'when-to-try-couples-therapy', n: 3, list: ['a', 1], text: 'not json'})
  })

  it('reads drafts only in the drafts and raw perspectives, and a folder with the store’s journal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'practice-press-query-'))
    try {
      await cp(repoPath('content'), dir, {recursive: true})
      const store = await openDatasetStore(dir)
      await store.commit([{createOrReplace: {_id: 'drafts.topic-only-draft', _type: 'topic', title: 'Only a draft'}}])
      const query = '*[_type == "topic" && title == "Only a draft"]._id'
      expect((await run(['query', query, dir])).stdout).toBe('[]\n')
      expect((await run(['query', query, dir, '--perspective', 'drafts'])).stdout).toBe('["topic-only-draft"]\n')
      expect((await run(['query', query, dir, '--perspective', 'raw'])).stdout).toBe('["drafts.topic-only-draft"]\n')
      await store.close()
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })

  it('a syntax error: the message, the query line and a caret under the place; exit 5', async () => {
    const result = await run(['query', '*[_type == "article" &&]'])
    expect(result.code).toBe(5)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^practice-press: the query does not parse: .*line 1, column 23/)
    expect(lines.slice(1)).toEqual(['  *[_type == "article" &&]', `  ${' '.repeat(22)}^`])
  })

  it('a caret on the right line of a query over several lines', async () => {
    const result = await run(['query', '*[_type == "article"]{\n  title,\n  "x": ,\n}'])
    expect(result.code).toBe(5)
    const lines = result.stderr.trimEnd().split('\n')
    const column = Number(/line 3, column (\d+)/.exec(lines[0]!)?.[1])
    expect(column).toBeGreaterThan(0)
    expect(lines.slice(1)).toEqual(['    "x": ,', `  ${' '.repeat(column - 1)}^`])
  })

  it.each([
    [['query', '*[slug.current == $slug]'], 5, /needs a parameter: param \$slug referenced, but not provided\. Give it with --param slug=<value>\./],
    [['query', 'foo(1)'], 5, /cannot be evaluated: .*Undefined function: foo/],
    [['query', '*', '/no/such/dataset'], 3, /No dataset at \/no\/such\/dataset/],
    [['query', '*', '--perspective', 'previewDrafts'], 2, /--perspective must be one of published, drafts, raw; got "previewDrafts"/],
    [['query', '*', '--param', '1x=2'], 2, /--param must be name=value/],
    [['query', '*', '--param', 'novalue'], 2, /--param must be name=value/],
    [['query', '*', '--bogus'], 2, /unknown option --bogus for "query"\. Known options: --param, --perspective, --pretty, --debug, --help/],
    [['query'], 2, /missing required argument 'groq'/],
  ])('%j exits %i with a message on stderr', async (args, code, message) => {
    const result = await run(args)
    expect({code: result.code, stdout: result.stdout}).toEqual({code, stdout: ''})
    expect(result.stderr).toMatch(message)
  })

  it('a corrupt dataset: file and line, exit 3', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'practice-press-query-'))
    try {
      await cp(repoPath('content'), dir, {recursive: true})
      await appendFile(join(dir, 'data.ndjson'), '{"_id": broken\n')
      const result = await run(['query', '*', dir])
      expect(result.code).toBe(3)
      expect(result.stderr).toContain(`${join(dir, 'data.ndjson')}:`)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

describe('practice-press query, the process', () => {
  it('a result of megabytes reaches a pipe whole before the process exits (it was cut at 64 KiB)', async () => {
    const {spawn} = await import('node:child_process')
    const child = spawn(process.execPath, ['--conditions=@practice-press/source', repoPath('packages/cli/src/cli.ts'), 'query', '*{"all": *}'], {cwd: repoPath(), stdio: ['ignore', 'pipe', 'pipe']})
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    const code = await new Promise((done) => child.on('close', done))
    const text = Buffer.concat(chunks).toString('utf8')
    expect(code).toBe(0)
    expect(text.length).toBeGreaterThan(1_000_000)
    expect((JSON.parse(text) as unknown[]).length).toBeGreaterThan(20)
  })

  it('a parameter named __proto__ is a parameter; a caret after a tab keeps the tab', async () => {
    expect((await run(['query', '{"t": $__proto__}', '--param', '__proto__="x"'])).stdout).toBe('{"t":"x"}\n')
    const lines = (await run(['query', '*[\t_type ==]'])).stderr.trimEnd().split('\n')
    expect(lines.slice(1)).toEqual(['  *[\t_type ==]', '    \t       ^'])
  })
})

describe('the exit codes', () => {
  it('--help lists the same table as the README, from one list', async () => {
    const help = (await run(['query', '--help'])).stdout
    const listed = [...help.matchAll(/^ {2}(\d) {2}(.+)$/gm)].map((match) => Number(match[1]))
    expect(listed).toEqual([0, 1, 2, 3, 4, 5])
    const readme = await readFile(repoPath('packages/cli/README.md'), 'utf8')
    const table = readme.slice(readme.indexOf('### Exit codes'))
    expect([...table.matchAll(/^\| (\d) \|/gm)].map((match) => Number(match[1]))).toEqual(listed)
  })

  it('--version prints the package’s version', async () => {
    const {version} = JSON.parse(await readFile(repoPath('packages/cli/package.json'), 'utf8')) as {version: string}
    expect((await run(['--version'])).stdout).toBe(`${version}\n`)
  })
})
