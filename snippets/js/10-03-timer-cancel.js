// setTimeout has no thread of its own: the callback runs on the thread
// that set the timer (here the main thread), from its event loop.
// clearTimeout before it fires cancels the call.
const fired = [];

const slow = setTimeout(() => fired.push('slow'), 60_000);
setTimeout(() => {
  fired.push('fast');
  console.log(`fired: ${JSON.stringify(fired)}`);
}, 10);

// The process does not wait a minute: a cleared timer keeps nothing alive.
clearTimeout(slow);
