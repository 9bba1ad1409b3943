// Inside an I/O callback the order is fixed: the loop is in its poll
// phase, and its check phase (setImmediate) comes before its timers.
const fs = require('node:fs');

fs.readFile(__filename, () => {
  setTimeout(() => console.log('setTimeout 0'), 0);
  setImmediate(() => console.log('setImmediate'));
  console.log('in the I/O callback');
});
// Do NOT race the two at the top level. In a CommonJS main module the
// order depends on how long the process took to start, so it can change
// from run to run; in an ES module Node 20 happens to run setImmediate
// first (its loader reads the file asynchronously), which is not promised.
