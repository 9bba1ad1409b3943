// off()/removeListener() and removeEventListener() look for the very
// same function object.
const { EventEmitter } = require('node:events');
const changed = new EventEmitter();

changed.on('change', (v) => console.log(`  arrow got ${v}`));
const onChange = (v) => console.log(`  onChange got ${v}`);
changed.on('change', onChange);
changed.emit('change', 1);

// A new function with the same text: no match.
changed.off('change', (v) => console.log(`  arrow got ${v}`));
let left = changed.listenerCount('change');
console.log(`after off(new arrow): ${left} listeners`);
changed.off('change', onChange); // the reference that was registered
left = changed.listenerCount('change');
console.log(`after off(onChange): ${left} listener`);
changed.emit('change', 2);

// The DOM rule is the same: keep the reference if you ever want to
// remove the listener.
const target = new EventTarget();
const handler = () => console.log('  handler ran');
target.addEventListener('ping', handler);
target.removeEventListener('ping', () => console.log('  handler ran'));
target.dispatchEvent(new Event('ping'));
target.removeEventListener('ping', handler);
target.dispatchEvent(new Event('ping'));
console.log('second ping: no listener left');
