// new Worker(file) runs a script on another thread. The workers compute
// and post their results back as messages; only the main thread prints.
// snipcheck: timeout = 60
const {
  Worker, isMainThread, parentPort, workerData,
} = require('node:worker_threads');

if (!isMainThread) {
  // Worker side (this same file): compute, post the result, print nothing.
  let total = 0;
  for (let n = workerData.from; n <= workerData.to; n++) total += n;
  parentPort.postMessage(total);
} else {
  const chunks = [[1, 5000], [5001, 10000]];
  const runWorker = ([from, to]) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { from, to } });
      worker.once('message', resolve); // called with the worker's message
      worker.once('error', reject);
    });

  // Promise.all's array follows the input order, not the order in which
  // the workers finished.
  Promise.all(chunks.map(runWorker)).then((totals) => {
    totals.forEach((total, i) => {
      const [from, to] = chunks[i];
      console.log(`sum(${from}..${to}) = ${total}`);
    });
  });
}
