// EventTarget accepts a function or an object with a handleEvent()
// method (the DOM's EventListener interface); `this` is then the
// object, so it can keep state.
const download = new EventTarget();

const progressBar = {
  events: 0,
  handleEvent(event) {
    this.events += 1;
    console.log(`  bar: ${event.type} (${this.events} event(s) so far)`);
  },
};

download.addEventListener('progress', progressBar);
download.addEventListener('done', progressBar);
download.dispatchEvent(new Event('progress'));
download.dispatchEvent(new Event('progress'));
download.dispatchEvent(new Event('done'));

// EventEmitter has no such interface: it wants a function, so an
// object must be wrapped.
const { EventEmitter } = require('node:events');
const emitter = new EventEmitter();
try {
  emitter.on('done', progressBar);
} catch (err) {
  console.log(`EventEmitter: ${err.name} (${err.code})`);
}
emitter.on('done', (event) => progressBar.handleEvent(event));
emitter.emit('done', { type: 'done' });
