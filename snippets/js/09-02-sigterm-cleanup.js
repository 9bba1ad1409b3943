// The Unix seed example in Node: a cleanup listener for SIGTERM instead of
// dying at once.
// snipcheck: exit = 143

// A pending timer keeps the event loop alive until the signal has been
// handled (see below).
const keepAlive = setInterval(() => {}, 1000);

process.on('SIGTERM', (signal) => {
  console.log(`cleanup: got ${signal}, removing temporary files`);
  clearInterval(keepAlive);
  process.exitCode = 143; // 128 + 15, as bash reports death by SIGTERM
});

console.log('working');
process.kill(process.pid, 'SIGTERM'); // the program signals itself: no race
console.log('kill() returned: the listener has not run yet');
