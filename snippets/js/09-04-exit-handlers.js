// 'exit' listeners run in registration order (FIFO), synchronously: the
// event loop is already over.
const fs = require('node:fs');

for (const name of ['A (registered first)', 'B', 'C (registered last)']) {
  process.on('exit', (code) => {
    // fs.writeSync, not console.log: on POSIX a write to a pipe is
    // asynchronous, and the process ends as soon as the listeners return.
    fs.writeSync(process.stdout.fd, `exit listener ${name}, code ${code}\n`);
    // Too late for anything asynchronous: this timer is never run.
    setTimeout(() => console.log(`timer from listener ${name}`), 0);
  });
}

console.log('main: end of script');
