// snipcheck: varies = deno
// In Node.js, inside an I/O callback the order is fixed: the loop is in its
// poll phase, and its check phase (setImmediate) comes before its timers.
const fs = require('node:fs');

fs.readFile(__filename, () => {
  setTimeout(() => console.log('setTimeout 0'), 0);
  setImmediate(() => console.log('setImmediate'));
  console.log('in the I/O callback');
});
// Do NOT race the two at the top level. In a main module, CommonJS or ES
// module alike (Node.js 22, 24 and 26), the order depends on how long the
// process took to start, so it can change from run to run.
