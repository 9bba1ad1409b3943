// CommonJS: synchronous code, then process.nextTick, then promise
// microtasks, then timers.
console.log('sync: start');

setTimeout(() => {
  console.log('setTimeout 0: a macrotask, after every microtask');
}, 0);

Promise.resolve().then(() => {
  console.log('promise.then');
  // A microtask queued by a microtask still runs before the timer.
  Promise.resolve().then(() => {
    console.log('promise.then queued by a promise.then');
  });
});
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('process.nextTick'));

console.log('sync: end');
