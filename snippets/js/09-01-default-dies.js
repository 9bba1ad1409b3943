// Without a listener, SIGTERM ends a Node process at once: the code after
// it never runs.
const { spawnSync } = require('node:child_process');

// The child signals itself, so no other process races with it. It waits for
// its line to be written first: on POSIX, Node writes to a pipe
// asynchronously, and a killed process loses whatever was still queued.
const child = `
process.on('exit', () => console.log('child: exit listener')); // never called
process.stdout.write('child: working\\n', () => {
  // pending when the signal arrives:
  setTimeout(() => console.log('child: cleaning up'), 0);
  process.kill(process.pid, 'SIGTERM');
});
`;

const result = spawnSync(process.execPath, ['-e', child],
                         { encoding: 'utf8' });
process.stdout.write(result.stdout);
console.log(`parent: child ended by ${result.signal}`);
