// Cancelling with a signal (AbortController). A cancellable API still
// completes exactly once: it checks signal.aborted before it starts, and
// once it has called back it stops listening.
const { getEventListeners } = require('node:events');
const { setTimeout: sleep } = require('node:timers/promises');

function fetchLater(name, signal, cb) {
  let timer = null;
  let settled = false;
  const onAbort = () => finish(signal.reason);
  function finish(err, value) {
    if (settled) return; // the first outcome wins; any later one is ignored
    settled = true;
    clearTimeout(timer); // the handle style of cancelling
    signal.removeEventListener('abort', onAbort);
    cb(err, value);
  }
  if (signal.aborted) {
    // Aborted before we began: report it, but later, never synchronously.
    queueMicrotask(() => finish(signal.reason));
    return;
  }
  signal.addEventListener('abort', onAbort, { once: true });
  timer = setTimeout(() => finish(null, `${name} fetched`), 10);
}

async function attempt(label, when) {
  const controller = new AbortController();
  const calls = [];
  let firstCall;
  const called = new Promise((resolve) => { firstCall = resolve; });
  if (when === 'before start') controller.abort();
  fetchLater('report', controller.signal, (err, value) => {
    calls.push(err ? `cancelled (${err.name})` : value);
    firstCall();
  });
  // 'abort' listeners run right here, inside abort():
  if (when === 'while pending') controller.abort();
  await called;
  // Too late: must change nothing.
  if (when === 'after success') controller.abort();
  await sleep(20); // room for a second call, if the API allowed one
  const left = getEventListeners(controller.signal, 'abort').length;
  console.log(`${label}: ${calls.join(' + ')}, ${calls.length} call(s), ` +
    `${left} listener(s) left`);
}

async function main() {
  await attempt('abort while pending ', 'while pending');
  await attempt('aborted before start', 'before start');
  await attempt('abort after success ', 'after success');

  // Node's own APIs take the same signal: this sleep rejects instead of
  // waiting a minute.
  const controller = new AbortController();
  const minute = sleep(60_000, 'too late', { signal: controller.signal });
  controller.abort();
  await minute.catch((err) => {
    console.log(`timers/promises: rejected with ${err.name} (${err.code})`);
  });
}

main();
