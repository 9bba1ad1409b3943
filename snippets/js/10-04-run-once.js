// One thread, so no pthread_once; the nearest idea is a lazily created, shared promise:
// concurrent callers all await the same initialisation, which starts exactly once.
let initCalls = 0;
let ready = null;

function init() {
  initCalls++;
  return new Promise((resolve) => setTimeout(() => resolve([0, 1, 4, 9]), 1));
}

function getTable() {
  ready ??= init(); // the first caller starts init; later callers reuse its promise
  return ready;
}

Promise.all([getTable(), getTable(), getTable(), getTable()]).then((tables) => {
  console.log(`4 callers asked, init ran ${initCalls} time(s)`);
  console.log(`every caller saw table[3] = ${tables.map((t) => t[3]).join(' ')}`);
});
