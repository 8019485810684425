#!/usr/bin/env node
// Entry of the `yusuan` command in a checkout: registers tsx so that Node runs the TypeScript
// sources as they are, then hands the command line to src/cli/main.ts and exits with its code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
