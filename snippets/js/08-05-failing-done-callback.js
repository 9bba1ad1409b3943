// Where a throwing callback's error goes depends on who called it.
const { EventEmitter } = require('node:events');

// EventEmitter calls listeners synchronously: the throw leaves emit(), and the remaining
// listeners do not run.
const done = new EventEmitter();
done.on('done', () => {
  console.log('  broken listener: throwing');
  throw new Error('listener failed');
});
done.on('done', () => console.log('  never printed'));
try {
  done.emit('done', 42);
} catch (err) {
  console.log(`emit() threw: ${err.message}`);
}

// A promise calls its then() callback later: the throw becomes the rejection of the new
// promise that then() returned. The original promise keeps its value.
const p = Promise.resolve(42);
const derived = p.then(() => {
  console.log('  broken then callback: throwing');
  throw new Error('callback failed');
});
derived.catch((err) => console.log(`derived promise rejected: ${err.message}`));
p.then((v) => console.log(`  second then callback still gets ${v}`));
