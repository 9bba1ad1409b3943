// A closure carries its data with it: each counter has its own `count`.
function makeCounter(name) {
  let count = 0;
  return function onClick() {
    count += 1;
    console.log(`${name}: clicked ${count} time(s)`);
  };
}

function simulateClicks(callback, times) {
  for (let i = 0; i < times; i++) callback();
}

const okButton = makeCounter('OK');
const cancelButton = makeCounter('Cancel');
simulateClicks(okButton, 2);
simulateClicks(cancelButton, 1);
simulateClicks(okButton, 1);
