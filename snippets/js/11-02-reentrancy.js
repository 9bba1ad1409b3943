// A hand-made emitter that walks its live array skips a listener when one removes itself.
// Node's EventEmitter copies the array before dispatch, so it does not (see chapter 6).
const EventEmitter = require('node:events');

function naiveEmitter() {
  const listeners = [];
  return {
    on: (fn) => listeners.push(fn),
    off: (fn) => listeners.splice(listeners.indexOf(fn), 1),
    emit() {
      for (let i = 0; i < listeners.length; i++) listeners[i](); // indices shift under us
    },
    count: () => listeners.length,
  };
}

function run(label, on, off, emit, count) {
  const ran = [];
  const aOnce = () => {
    ran.push('a');
    off(aOnce); // reentrant removal, mid-dispatch
  };
  on(aOnce);
  on(() => ran.push('b'));
  on(() => ran.push('c'));
  emit();
  console.log(`${label}: ran ${JSON.stringify(ran)}, ${count()} left`);
}

const naive = naiveEmitter();
run('live array  ', naive.on, naive.off, naive.emit, naive.count);

const ee = new EventEmitter();
run('EventEmitter', (fn) => ee.on('x', fn), (fn) => ee.off('x', fn), () => ee.emit('x'),
  () => ee.listenerCount('x'));
