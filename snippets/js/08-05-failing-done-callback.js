// Where a throwing callback's error goes depends on who called it.
// snipcheck: exit = 1
const { EventEmitter } = require('node:events');

process.on('uncaughtException', (err) => {
  console.log(`uncaughtException listener: ${err.message}`);
  process.exitCode = 1; // a listener failed: report it in the exit status
  // Kept running only to show the promise case below; a real program
  // would clean up synchronously and exit here.
});

// EventEmitter calls listeners synchronously: the throw leaves emit(),
// and in Node.js 22, 24 and 26 the remaining listeners do not run (their
// implementation).
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

// EventTarget also calls listeners synchronously, but catches a throw,
// goes on with the next listener, and reports the error as an uncaught
// exception: Node later, on process.nextTick; Bun and Deno at once.
const target = new EventTarget();
target.addEventListener('done', () => {
  console.log('  broken EventTarget listener: throwing');
  throw new Error('EventTarget listener failed');
});
target.addEventListener('done', () => {
  console.log('  second EventTarget listener still runs');
});
target.dispatchEvent(new Event('done'));
console.log('dispatchEvent() returned normally');

// A promise calls its then() callback later: the throw becomes the
// rejection of the new promise that then() returned. The original
// promise keeps its value.
const p = Promise.resolve(42);
const derived = p.then(() => {
  console.log('  broken then callback: throwing');
  throw new Error('callback failed');
});
derived.catch((err) => {
  console.log(`derived promise rejected: ${err.message}`);
});
p.then((v) => console.log(`  second then callback still gets ${v}`));
