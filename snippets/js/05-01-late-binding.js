// `var` makes one variable for the whole function: the deferred callbacks
// all read its final value. (setImmediate: Node runs immediates in the
// order they were created.)
for (var i = 0; i < 3; i++) {
  setImmediate(() => console.log(`var: callback sees i = ${i}`));
}
