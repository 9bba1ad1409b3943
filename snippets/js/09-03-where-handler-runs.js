// Node's own C handler (libuv's) only wakes the event loop; the JavaScript
// listener runs later, as an ordinary event, after the current code,
// nextTick callbacks and microtasks.
// (SIGUSR2, because Node reserves SIGUSR1 for starting its debugger.)

// keeps the loop running until the listener has run:
const keepAlive = setInterval(() => {}, 1000);

process.on('SIGUSR2', (signal) => {
  console.log(`listener: ${signal} ` +
              '(an ordinary callback: it may do anything)');
  clearInterval(keepAlive);
});

process.kill(process.pid, 'SIGUSR2');
process.nextTick(() => console.log('nextTick callback'));
Promise.resolve().then(() => console.log('promise callback'));
console.log('main: kill() returned');
