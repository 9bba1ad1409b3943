// Without a listener, SIGTERM ends a Node process at once: the code after the signal never runs.
const { spawnSync } = require('node:child_process');

// The child signals itself, so the moment of delivery is fixed.
const child = `
console.log('child: working');
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('child: cleaning up'), 1);
`;

const result = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
process.stdout.write(result.stdout);
console.log(`parent: child ended by ${result.signal}`);
