// Two ways to cancel: a handle (clearTimeout) and a signal (AbortController), which any API
// can accept, including Node's own promise-based timers.
const { setTimeout: sleep } = require('node:timers/promises');

const dropped = setTimeout(() => console.log('never printed'), 10);
clearTimeout(dropped);

// A callback API that honours an AbortSignal: on abort it calls back with the reason, once.
function fetchLater(name, { signal }, cb) {
  const timer = setTimeout(() => cb(null, `${name} fetched`), 10);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cb(signal.reason);
  }, { once: true });
}

const controller = new AbortController();
fetchLater('report', { signal: controller.signal }, (err, value) => {
  console.log(err ? `fetchLater: cancelled (${err.name})` : `fetchLater: ${value}`);
});
controller.abort(); // listeners run synchronously, right here

const second = new AbortController();
sleep(60_000, 'too late', { signal: second.signal }).catch((err) => {
  console.log(`timers/promises: rejected with ${err.name} (${err.code})`);
});
second.abort();
