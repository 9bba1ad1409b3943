// Ending listeners' lives deterministically: an AbortSignal removes
// every listener added with it. (WeakRef exists too, but when the
// garbage collector runs is unspecified: no stable output.)
const target = new EventTarget();
const controller = new AbortController();
const { signal } = controller;

target.addEventListener('theme',
  (e) => console.log(`  editor: switching to ${e.detail}`), { signal });
target.addEventListener('theme',
  (e) => console.log(`  sidebar: switching to ${e.detail}`), { signal });
target.addEventListener('theme',
  (e) => console.log(`  status bar: switching to ${e.detail}`));

target.dispatchEvent(new CustomEvent('theme', { detail: 'dark' }));
// The window closes: both of its listeners go, without keeping
// references to them.
controller.abort();
console.log('after abort():');
target.dispatchEvent(new CustomEvent('theme', { detail: 'light' }));

// EventEmitter has no signal option on on(); the promise helpers
// events.once() and events.on() accept one.
const { EventEmitter, once } = require('node:events');
const emitter = new EventEmitter();
const waiting = new AbortController();
once(emitter, 'ready', { signal: waiting.signal })
  .catch((err) => console.log(`once(): ${err.name}`));
waiting.abort();
