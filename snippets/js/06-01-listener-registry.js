// EventEmitter: on() appends, prependListener() inserts first,
// once() removes its listener just before the one call it gets.
const { EventEmitter } = require('node:events');

const saved = new EventEmitter();
saved.on('saved', (name) => console.log(`  log: ${name} saved`));
saved.on('saved', (name) => console.log(`  backup: copying ${name}`));
saved.prependListener('saved',
  (name) => console.log(`  first: validating ${name}`));
saved.once('saved', (name) => console.log(`  once: first save of ${name}`));

console.log('before emit');
// emit returns after every listener ran:
const hadListeners = saved.emit('saved', 'report.txt');
console.log(`after emit (emit returned ${hadListeners})`);

console.log('second emit');
saved.emit('saved', 'report.txt');
console.log(`listeners left: ${saved.listenerCount('saved')}`);
