// The same scene twice: during dispatch, the first listener removes
// the second.
const { EventEmitter } = require('node:events');

const emitter = new EventEmitter();
const second = () => console.log('  second ran');
emitter.on('tick', () => {
  console.log('  first: removing second');
  emitter.off('tick', second);
});
emitter.on('tick', second);
console.log('EventEmitter, emit 1:');
// Listeners attached when emit started are all called:
emitter.emit('tick');
console.log('EventEmitter, emit 2:');
emitter.emit('tick');

const target = new EventTarget();
const secondDom = () => console.log('  second ran');
target.addEventListener('tick', () => {
  console.log('  first: removing second');
  target.removeEventListener('tick', secondDom);
});
target.addEventListener('tick', secondDom);
console.log('EventTarget, dispatch 1:');
// A removed listener is flagged "removed" and skipped at once:
target.dispatchEvent(new Event('tick'));
console.log('EventTarget, dispatch 2:');
target.dispatchEvent(new Event('tick'));
