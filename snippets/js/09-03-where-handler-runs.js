// Node's own C handler only wakes the event loop; the JavaScript listener runs later, as an
// ordinary event, after the current code, nextTick callbacks and microtasks.
const keepAlive = setInterval(() => {}, 1000);

process.on('SIGUSR1', (signal) => {
  console.log(`listener: ${signal} (an ordinary callback: it may do anything)`);
  clearInterval(keepAlive);
});

process.kill(process.pid, 'SIGUSR1');
process.nextTick(() => console.log('nextTick callback'));
Promise.resolve().then(() => console.log('promise callback'));
console.log('main: kill() returned');
