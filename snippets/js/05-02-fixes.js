// `let` in a for loop creates a new binding per iteration: each callback
// keeps its own i.
for (let i = 0; i < 3; i++) {
  setImmediate(() => console.log(`let: callback sees i = ${i}`));
}

// Before `let`, a factory function made the copy...
function makeReporter(j) {
  return () => console.log(`factory: callback sees j = ${j}`);
}
for (var j = 0; j < 3; j++) {
  setImmediate(makeReporter(j));
}

// ...or bind, which stores the current value as a leading argument.
function report(k) {
  console.log(`bind: callback sees k = ${k}`);
}
for (var k = 0; k < 3; k++) {
  setImmediate(report.bind(null, k));
}
