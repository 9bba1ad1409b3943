// A hand-made emitter that walks its live array skips a listener when one
// removes itself. Walking a copy fixes it, and Node's EventEmitter calls
// every listener attached when emit() started (see chapter 6).
const EventEmitter = require('node:events');

function handMadeEmitter(copyFirst) {
  const listeners = [];
  return {
    on: (fn) => listeners.push(fn),
    off: (fn) => listeners.splice(listeners.indexOf(fn), 1),
    emit() {
      // The live array's indices shift under the loop; a copy's do not.
      const walked = copyFirst ? [...listeners] : listeners;
      for (let i = 0; i < walked.length; i++) walked[i]();
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

for (const [label, copyFirst] of [['live array  ', false],
  ['copy first  ', true]]) {
  const e = handMadeEmitter(copyFirst);
  run(label, e.on, e.off, e.emit, e.count);
}

const ee = new EventEmitter();
run('EventEmitter', (fn) => ee.on('x', fn), (fn) => ee.off('x', fn),
  () => ee.emit('x'), () => ee.listenerCount('x'));
