// off()/removeListener() and removeEventListener() look for the very same function object.
const { EventEmitter } = require('node:events');
const changed = new EventEmitter();

changed.on('change', (v) => console.log(`  arrow got ${v}`));
const onChange = (v) => console.log(`  onChange got ${v}`);
changed.on('change', onChange);
changed.emit('change', 1);

changed.off('change', (v) => console.log(`  arrow got ${v}`)); // a new function: no match
console.log(`after off(new arrow): ${changed.listenerCount('change')} listeners`);
changed.off('change', onChange); // the reference that was registered
console.log(`after off(onChange): ${changed.listenerCount('change')} listener`);
changed.emit('change', 2);

// The DOM rule is the same: keep the reference if you ever want to remove the listener.
const target = new EventTarget();
const handler = () => console.log('  handler ran');
target.addEventListener('ping', handler);
target.removeEventListener('ping', () => console.log('  handler ran'));
target.dispatchEvent(new Event('ping'));
target.removeEventListener('ping', handler);
target.dispatchEvent(new Event('ping'));
console.log('second ping: no listener left');
