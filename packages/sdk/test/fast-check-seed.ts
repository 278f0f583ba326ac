/**
 * Property tests run with a fixed seed, so CI gives the same verdict every run. To explore
 * further by hand: `FC_SEED=<number> pnpm vitest`, and the failing seed is printed.
 */
import {configureGlobal} from 'fast-check'

configureGlobal({seed: Number(process.env.FC_SEED ?? 20_261_124)})
