// `var` makes one variable for the whole function: the timers all read its final value.
for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log(`var: callback sees i = ${i}`), 1);
}
