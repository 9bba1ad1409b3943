// A throw inside a worker thread ends that worker; the main thread hears
// about it as an 'error' event on the Worker object (and then 'exit'
// with code 1).
const { Worker } = require('node:worker_threads');

const worker = new Worker("throw new RangeError('bad input in worker');", {
  eval: true,
});
worker.on('error', (err) => {
  console.log(`'error' event in main thread: ${err.name}: ${err.message}`);
});
worker.on('exit', (code) => console.log(`'exit' event: code ${code}`));
console.log('worker started; main thread continues');
