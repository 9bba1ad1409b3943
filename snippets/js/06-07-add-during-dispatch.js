// A listener adds another one during dispatch: does the new one run in
// this same dispatch? `first` is a one-shot listener (once, or the
// { once: true } option), so it adds `late` in dispatch 1 only.
const { EventEmitter } = require('node:events');

const emitter = new EventEmitter();
const late = () => console.log('  late ran');
emitter.once('tick', () => {
  console.log('  first: adding late');
  emitter.on('tick', late);
});
emitter.on('tick', () => console.log('  second ran'));
console.log('EventEmitter, emit 1:');
emitter.emit('tick'); // calls only the listeners it had when it started
console.log('EventEmitter, emit 2:');
emitter.emit('tick');

const target = new EventTarget();
const lateDom = () => console.log('  late ran');
target.addEventListener('tick', () => {
  console.log('  first: adding late');
  target.addEventListener('tick', lateDom);
}, { once: true });
target.addEventListener('tick', () => console.log('  second ran'));
console.log('EventTarget, dispatch 1:');
// Node.js 22, 24 and 26 reach `late` now; a browser, Bun and Deno do not.
target.dispatchEvent(new Event('tick'));
console.log('EventTarget, dispatch 2:');
target.dispatchEvent(new Event('tick'));
