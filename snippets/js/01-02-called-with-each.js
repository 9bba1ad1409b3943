// The callee decides when, how often and with which argument it calls back.
function myCallback(n) {
  console.log(`function myCallback was called with ${n}`);
}

function countToFive(callback) {
  for (let i = 0; i < 5; i++) {
    callback(i);
  }
}

countToFive(myCallback);
