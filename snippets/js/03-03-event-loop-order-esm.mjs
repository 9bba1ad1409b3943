// The same program as an ES module. In Node.js, promise reactions now run
// before process.nextTick, because Node evaluates the module body inside a
// microtask.
console.log('sync: start');

setTimeout(() => {
  console.log('setTimeout 0: a macrotask, after every microtask');
}, 0);

Promise.resolve().then(() => {
  console.log('promise.then');
  Promise.resolve().then(() => {
    console.log('promise.then queued by a promise.then');
  });
});
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('process.nextTick'));

console.log('sync: end');
