/**
 * A child process for the crash test: opens the store at argv[2] and commits one small
 * transaction after another, printing each transaction id once `commit` resolved (so
 * once it is on disk), until it is killed with SIGKILL.
 */
import {openDatasetStore} from '@practice-press/sdk/node'

const store = await openDatasetStore(process.argv[2]!, {compactAfter: Number(process.argv[3] ?? 25)})
for (let n = 0; ; n++) {
  const id = `crash-${process.pid}-${n}`
  const {transactionId} = await store.commit([{createOrReplace: {_id: id, _type: 'topic', title: `Topic ${n}`, slug: {_type: 'slug', current: id}}}, {patch: {id: 'practice', inc: {crashCounter: 1}, setIfMissing: {crashCounter: 0}}}])
  process.stdout.write(`${id} ${transactionId}\n`)
}
