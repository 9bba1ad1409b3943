// One thread, so no pthread_once. The nearest idea is a shared promise,
// created on first use: concurrent callers all await the same setup,
// which starts exactly once.
let initCalls = 0;
let ready = null;

function init() {
  initCalls++;
  return new Promise((resolve) => {
    setTimeout(() => resolve([0, 1, 4, 9]), 1);
  });
}

function getTable() {
  ready ??= init(); // the first caller starts init; later ones reuse it
  return ready;
}

const callers = [getTable(), getTable(), getTable(), getTable()];
Promise.all(callers).then((tables) => {
  const seen = tables.map((t) => t[3]).join(' ');
  console.log(`4 callers asked, init ran ${initCalls} time(s)`);
  console.log(`every caller saw table[3] = ${seen}`);
});
