// setTimeout has no thread of its own: the callback runs on the main thread, from the event loop.
// clearTimeout before it fires cancels the call.
const fired = [];

const slow = setTimeout(() => fired.push('slow'), 60_000);
setTimeout(() => {
  fired.push('fast');
  console.log(`fired: ${JSON.stringify(fired)}`);
}, 10);

clearTimeout(slow); // the process does not wait a minute: a cleared timer keeps nothing alive
