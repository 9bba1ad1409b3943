// A function cannot be posted to another thread, so a .then callback runs
// on the thread that registered it, whichever thread computed the value.
// And a promise always defers it, even when the promise is already
// fulfilled (unlike Python's concurrent.futures).
// snipcheck: timeout = 60
const {
  Worker, isMainThread, parentPort,
} = require('node:worker_threads');

if (!isMainThread) {
  parentPort.postMessage(6 * 7); // computed on the worker thread
} else {
  const log = []; // the callbacks write here; one place prints
  const record = (label) => (value) => {
    // This closure exists only on the main thread (a function cannot be
    // posted to a worker), so `where` is always 'main' here: the check
    // states the rule, it cannot catch a callback running elsewhere.
    const where = isMainThread ? 'main' : 'worker';
    log.push(`${label}: callback got ${value} in the ${where} thread`);
  };

  // Pending: fulfilled when the worker's message arrives.
  const pending = new Promise((resolve) => {
    new Worker(__filename).once('message', resolve);
  });
  const pendingSeen = pending.then(record('pending'));
  log.push('pending: then() returned');

  pendingSeen.then(() => {
    // Already fulfilled: then() still only queues the callback.
    const done = Promise.resolve(2 + 2);
    const doneSeen = done.then(record('done'));
    log.push('done: then() returned');
    return doneSeen;
  }).then(() => console.log(log.join('\n')));
}
