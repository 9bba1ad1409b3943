// snipcheck: varies = deno
// Node calls each callback only after the code that registered it has
// finished. Everything here is registered inside an I/O callback (a file
// read has completed): from there the loop always reaches setImmediate
// callbacks before any timer, however loaded the machine is.
const fs = require('node:fs');

const say = (label) => console.log(`  ${label}`);

fs.readFile(__filename, () => {
  // setImmediate: "call soon", first in, first out.
  setImmediate(say, 'setImmediate A');
  setImmediate(say, 'setImmediate B');

  // In Node.js 22, 24 and 26, each setTimeout reads the clock when it is
  // called. With these delays (10, 20, 30 ms) in non-decreasing order and
  // no other timers, a later timer is never due before an earlier one.
  setTimeout(say, 10, 'setTimeout 10 ms');
  setTimeout(say, 20, 'setTimeout 20 ms');

  // A .then callback runs once the promise settles, like a done-callback.
  const settled = new Promise((resolve) => setTimeout(resolve, 30, 42));
  settled.then((value) => say(`then-callback: value ${value}`));

  console.log('I/O callback: all registered, none has run yet');
});
