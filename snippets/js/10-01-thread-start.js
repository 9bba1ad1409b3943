// Worker threads run a script on another thread and post results back as messages.
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

if (!isMainThread) {
  // Worker side: compute, then post the result; no printing here.
  let total = 0;
  for (let n = workerData.from; n <= workerData.to; n++) total += n;
  parentPort.postMessage(total);
} else {
  const chunks = [[1, 100], [101, 1000], [1001, 10000]];
  const runWorker = ([from, to]) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { from, to } });
      worker.once('message', resolve); // the callback that receives the worker's message
      worker.once('error', reject);
    });

  // Promise.all's result array follows the input order, not the order the workers finished.
  Promise.all(chunks.map(runWorker)).then((totals) => {
    totals.forEach((total, i) => console.log(`sum(${chunks[i][0]}..${chunks[i][1]}) = ${total}`));
  });
}
